import type { MedusaContainer } from "@medusajs/framework/types"
import type { LiveUnavailable, PublicSession } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import { sessionStatus } from "../../../modules/livestream/reads"
import type LivestreamModuleService from "../../../modules/livestream/service"

type SessionRow = Awaited<ReturnType<LivestreamModuleService["listLiveSessions"]>>[number]
export type LiveOffer = SessionRow["products"][number]

/** Why a session or link cannot sell now, with the HTTP status and a message that says what the shopper can do. */
export class LiveUnavailableError extends Error {
  constructor(readonly code: LiveUnavailable, readonly status: number, message: string, readonly session_id: string | null = null) {
    super(message)
  }
}

export async function readSession(container: MedusaContainer, id: string): Promise<SessionRow | null> {
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const [session] = await live.listLiveSessions({ id }, { relations: ["host", "products"] })
  return session ?? null
}

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/** The session as shoppers see it: no promotion codes, no caps or sold counts beyond what remains. */
export function toPublicSession(s: SessionRow): PublicSession {
  return {
    id: s.id,
    title: s.title,
    platform: s.platform,
    status: sessionStatus(s),
    scheduled_start_at: iso(s.scheduled_start_at)!,
    scheduled_end_at: iso(s.scheduled_end_at),
    started_at: iso(s.started_at),
    ended_at: iso(s.ended_at),
    host: { id: s.host.id, name: s.host.name, handles: (s.host.handles ?? {}) as PublicSession["host"]["handles"] },
    products: [...s.products]
      .sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
      .map((p) => ({
        id: p.id,
        product_id: p.product_id,
        product_handle: p.product_handle,
        variant_id: p.variant_id,
        product_title: p.product_title,
        variant_title: p.variant_title,
        thumbnail: p.thumbnail ?? null,
        base_price_fen: p.base_price_fen,
        live_price_fen: p.live_price_fen,
        per_customer_limit: p.per_customer_limit,
        remaining: Math.max(0, p.stock_cap - p.sold),
      })),
  }
}

/** Selling needs a started, not yet ended session of a host the operator has not suspended. */
export function assertSelling(s: SessionRow) {
  if (s.host.status !== "approved") {
    throw new LiveUnavailableError("session_ended", 410, `The live session "${s.title}" is closed: its host is not selling on the platform now.`, s.id)
  }
  if (s.ended_at) throw new LiveUnavailableError("session_ended", 410, `The live session "${s.title}" has ended; its live prices are over.`, s.id)
  if (!s.started_at) {
    throw new LiveUnavailableError("session_not_started", 409, `The live session "${s.title}" has not started yet; live prices apply once the host goes live.`, s.id)
  }
}
