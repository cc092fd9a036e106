import type { CartLink, Session, SessionProduct } from "@fengshou/live-contract"
import { sessionStatus } from "../../modules/livestream/reads"
import type LivestreamModuleService from "../../modules/livestream/service"
import { handles } from "./serialize-host"

type Service = LivestreamModuleService
export type SessionRow = Awaited<ReturnType<Service["listLiveSessions"]>>[number]
type ProductRow = Awaited<ReturnType<Service["listSessionProducts"]>>[number]
type LinkRow = Awaited<ReturnType<Service["listCartLinks"]>>[number]

const iso = (d: Date | string) => new Date(d).toISOString()
const isoOrNull = (d: Date | string | null | undefined) => (d ? iso(d) : null)

export function serializeSessionProduct(p: Omit<ProductRow, "session">): SessionProduct {
  return {
    id: p.id,
    product_id: p.product_id,
    product_handle: p.product_handle,
    variant_id: p.variant_id,
    product_title: p.product_title,
    variant_title: p.variant_title,
    thumbnail: p.thumbnail ?? null,
    base_price_fen: p.base_price_fen,
    live_price_fen: p.live_price_fen,
    stock_cap: p.stock_cap,
    per_customer_limit: p.per_customer_limit,
    sold: p.sold,
    remaining: Math.max(0, p.stock_cap - p.sold),
    paused_reason: p.paused_reason ?? null,
    consent_status: p.consent_status as SessionProduct["consent_status"],
    consent_note: p.consent_note ?? null,
    consent_floor_fen: p.consent_floor_fen ?? null,
    consent_cap_max: p.consent_cap_max ?? null,
    consent_reason: p.consent_reason ?? null,
  }
}

/** What the serializer reads of a session: the ORM's row, or the store's one-statement read (read-shelf.ts). */
type SessionInput = Omit<SessionRow, "host" | "products" | "links"> & {
  host: Pick<SessionRow["host"], "id" | "name" | "handles">
  products: Omit<ProductRow, "session">[]
}

/** A session as its host sees it, products in the order they were added; never the promotion codes. */
export function serializeSession(s: SessionInput): Session {
  return {
    id: s.id,
    title: s.title,
    platform: s.platform,
    status: sessionStatus(s),
    scheduled_start_at: iso(s.scheduled_start_at),
    scheduled_end_at: isoOrNull(s.scheduled_end_at),
    started_at: isoOrNull(s.started_at),
    ended_at: isoOrNull(s.ended_at),
    host: { id: s.host.id, name: s.host.name, handles: handles(s.host.handles) },
    products: [...s.products]
      .sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at) || a.id.localeCompare(b.id))
      .map(serializeSessionProduct),
  }
}

export function serializeCartLink(l: LinkRow): CartLink {
  return {
    id: l.id,
    code: l.code,
    session_id: l.session_id,
    items: l.items as unknown as CartLink["items"],
    expires_at: iso(l.expires_at),
    created_at: iso(l.created_at),
  }
}
