import type { MedusaContainer } from "@medusajs/framework/types"
import type { LiveUnavailable, PublicSession } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import { serializeSession } from "../../../serializers/livestream/serialize-session"
import { offerSells } from "../../../lib/livestream/consent"
import { shelves } from "../../../lib/livestream/shelf-cache"
import { suspendedProductIds } from "../../../queries/cooperative/suspended-products"
import type { ShelfOffer, ShelfRow } from "../../../modules/livestream/read-shelf"

type SessionRow = ShelfRow
export type LiveOffer = ShelfOffer

/** Why a session or link cannot sell now, with the HTTP status and a message that says what the shopper can do. */
export class LiveUnavailableError extends Error {
  constructor(
    readonly code: LiveUnavailable,
    readonly status: number,
    message: string,
    readonly session_id: string | null = null,
  ) {
    super(message)
  }
}

/** A session as the store sees it: the offers of suspended cooperatives are off its shelf (`withdrawn`) while the
 * suspension lasts, and back on reinstatement. */
export type ShelfSession = SessionRow & { withdrawn: Map<string, string> }

const AWAITING_CONSENT = "This live offer is not sold yet: the cooperative has not agreed to its price or quantity."
const SUSPENDED_COOPERATIVE =
  "This live offer is not sold now: the platform has suspended the cooperative that grows it."

export async function readSession(container: MedusaContainer, id: string): Promise<ShelfSession | null> {
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  // Independent reads, side by side: every click of a burst waits for both.
  // Kept for a moment in this process (lib/livestream/shelf-cache.ts): nothing that sells trusts it.
  const [session, hidden] = await shelves.read(`session:${id}`, () =>
    Promise.all([live.readShelf(id), suspendedProductIds(container)]),
  )
  return session && onShelf(session, hidden)
}

/** Off the shelf, each with the shopper's reason: offers the cooperative has not agreed to, offers paused because the
 * shelf price fell below the cooperative's floor, and offers of a cooperative that may not sell now (`hidden`). */
export function onShelf(session: SessionRow, hidden: Set<string>): ShelfSession {
  const withdrawn = new Map<string, string>()
  for (const p of session.products) {
    if (!offerSells(p) && !p.paused_reason) withdrawn.set(p.id, AWAITING_CONSENT)
    else if (p.paused_reason) withdrawn.set(p.id, p.paused_reason)
    else if (hidden.has(p.product_id)) withdrawn.set(p.id, SUSPENDED_COOPERATIVE)
  }
  return { ...session, products: session.products.filter((p) => !withdrawn.has(p.id)), withdrawn }
}

/** 410 for withdrawn offers, like a suspended host's session, with the first one's reason. */
export const withdrawnOffer = (s: ShelfSession, offerIds: string[]) =>
  new LiveUnavailableError(
    "sold_out",
    410,
    offerIds.map((id) => s.withdrawn.get(id)).find(Boolean) ?? SUSPENDED_COOPERATIVE,
    s.id,
  )

/** The session as shoppers see it: the host's view without caps and sold counts (what remains is enough). */
export function toPublicSession(s: SessionRow): PublicSession {
  const session = serializeSession(s)
  return {
    ...session,
    products: session.products.map(
      ({
        sold: _sold,
        stock_cap: _cap,
        consent_status: _s,
        consent_note: _n,
        consent_reason: _r,
        consent_floor_fen: _f,
        consent_cap_max: _c,
        ...rest
      }) => rest,
    ),
  }
}

/** Selling needs a started, not yet ended session of a host the operator has not suspended. */
export function assertSelling(s: SessionRow) {
  if (s.host.status !== "approved") {
    throw new LiveUnavailableError(
      "session_ended",
      410,
      `The live session "${s.title}" is closed: its host is not selling on the platform now.`,
      s.id,
    )
  }
  if (s.ended_at)
    throw new LiveUnavailableError(
      "session_ended",
      410,
      `The live session "${s.title}" has ended; its live prices are over.`,
      s.id,
    )
  if (!s.started_at) {
    throw new LiveUnavailableError(
      "session_not_started",
      409,
      `The live session "${s.title}" has not started yet; live prices apply once the host goes live.`,
      s.id,
    )
  }
}
