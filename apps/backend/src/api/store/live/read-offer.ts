import type { MedusaContainer } from "@medusajs/framework/types"
import type { LiveUnavailable, PublicSession } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import { serializeSession } from "../../../serializers/livestream/serialize-session"

type SessionRow = Awaited<ReturnType<LivestreamModuleService["listLiveSessions"]>>[number]
export type LiveOffer = SessionRow["products"][number]

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

export async function readSession(container: MedusaContainer, id: string): Promise<SessionRow | null> {
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const [session] = await live.listLiveSessions({ id }, { relations: ["host", "products"] })
  return session ?? null
}

/** The session as shoppers see it: the host's view without caps and sold counts (what remains is enough). */
export function toPublicSession(s: SessionRow): PublicSession {
  const session = serializeSession(s)
  return { ...session, products: session.products.map(({ sold: _sold, stock_cap: _cap, ...rest }) => rest) }
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
