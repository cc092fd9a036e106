import type LivestreamModuleService from "../../modules/livestream/service"
import { sessionStatus } from "../../modules/livestream/reads"

type OfferRow = Awaited<ReturnType<LivestreamModuleService["listSessionProducts"]>>[number]

/** A live offer as the cooperative decides on it: the host, the session, the figures and why it needs consent. */
export function serializeLiveOffer(o: OfferRow) {
  const session = o.session as OfferRow["session"] & { host?: { id: string; name: string } | null }
  return {
    id: o.id,
    product_id: o.product_id,
    variant_id: o.variant_id,
    product_title: o.product_title,
    variant_title: o.variant_title,
    base_price_fen: o.base_price_fen,
    live_price_fen: o.live_price_fen,
    stock_cap: o.stock_cap,
    per_customer_limit: o.per_customer_limit,
    consent_status: o.consent_status,
    consent_note: o.consent_note ?? null,
    consent_floor_fen: o.consent_floor_fen ?? null,
    consent_cap_max: o.consent_cap_max ?? null,
    consent_reason: o.consent_reason ?? null,
    session: {
      id: session.id,
      title: session.title,
      status: sessionStatus(session),
      scheduled_start_at: new Date(session.scheduled_start_at).toISOString(),
      host_name: session.host?.name ?? null,
    },
  }
}
