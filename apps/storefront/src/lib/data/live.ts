// Public livestream reads: a cart link and a session's shelf. Plain fetches with the publishable key, so the server
// (pages) and the browser (the cart's session banner, the countdown's holds) share them; never cached, since `remaining`
// moves with every order. Answers are parsed with the live contract.
import {
  LIVE_UNAVAILABLE,
  LiveCartHoldsSchema,
  PublicCartLinkSchema,
  PublicSessionSchema,
  type LiveCartHolds,
  type LiveUnavailable,
  type PublicCartLink,
  type PublicSession,
} from "@fengshou/live-contract"
import { z } from "zod"
import { clockOffsetMs } from "@/lib/view/live-hold"
import type { BackendClientConfig } from "./product-stock"

/** The react-query key of a public live session; checkout refreshes it when completion says the session ended. */
export const LIVE_SESSION_KEY = ["live-session"] as const

export type LinkLookup =
  | { ok: true; link: PublicCartLink }
  /** Why the link cannot sell; `sessionId` when the backend names the session (its shelf may still be worth a look). */
  | { ok: false; reason: LiveUnavailable; sessionId: string | null }

const Refusal = z.object({ code: z.enum(LIVE_UNAVAILABLE).optional(), session_id: z.string().optional() })

/** Medusa's store locale (`x-medusa-locale`, e.g. en-US): the shelf's titles come back in the shopper's language. */
type Read = { signal?: AbortSignal; medusaLocale?: string }

async function get(
  backend: BackendClientConfig,
  path: string,
  { signal, medusaLocale }: Read = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${backend.url}${path}`, {
    headers: {
      accept: "application/json",
      "x-publishable-api-key": backend.publishableKey,
      ...(medusaLocale ? { "x-medusa-locale": medusaLocale } : {}),
    },
    cache: "no-store",
    signal,
  })
  if (response.status >= 500) throw new Error(`${path} answered ${response.status}`)
  return { status: response.status, body: await response.json().catch(() => ({})) }
}

export async function fetchLiveLink(
  backend: BackendClientConfig,
  code: string,
  medusaLocale?: string,
): Promise<LinkLookup> {
  const { status, body } = await get(backend, `/store/live/links/${encodeURIComponent(code)}`, { medusaLocale })
  if (status === 200) return { ok: true, link: PublicCartLinkSchema.parse(body) }
  const refusal = Refusal.safeParse(body)
  const reason =
    refusal.success && refusal.data.code ? refusal.data.code : status === 410 ? "link_expired" : "link_unknown"
  return { ok: false, reason, sessionId: (refusal.success && refusal.data.session_id) || null }
}

/** A session's shelf as shoppers see it; null for an unknown session. */
export async function fetchLiveSession(
  backend: BackendClientConfig,
  id: string,
  read: Read = {},
): Promise<PublicSession | null> {
  const { status, body } = await get(backend, `/store/live/sessions/${encodeURIComponent(id)}`, read)
  if (status === 404) return null
  if (status !== 200) throw new Error(`live session ${id} answered ${status}`)
  return z.object({ session: PublicSessionSchema }).parse(body).session
}

/** A cart's live holds as the countdown reads them: the running holds and how far the server's clock is ahead. */
export type CartHoldsRead = LiveCartHolds & { offsetMs: number }

/**
 * The cart's running holds (库存预扣) and the server's clock. A cart the backend does not know holds nothing. The
 * server's `now` is turned into an offset against this device's clock here, where the round trip is timed.
 */
export async function fetchCartHolds(
  backend: BackendClientConfig,
  cartId: string,
  signal?: AbortSignal,
): Promise<CartHoldsRead> {
  const sentAt = Date.now()
  const { status, body } = await get(backend, `/store/live/carts/${encodeURIComponent(cartId)}/holds`, { signal })
  const receivedAt = Date.now()
  if (status === 404) return { holds: [], now: new Date(receivedAt).toISOString(), offsetMs: 0 }
  if (status !== 200) throw new Error(`holds of cart ${cartId} answered ${status}`)
  const read = LiveCartHoldsSchema.parse(body)
  return { ...read, offsetMs: clockOffsetMs(read.now, sentAt, receivedAt) }
}
