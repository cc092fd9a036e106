import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { yuanToFen } from "@fengshou/relief-core"
import { LIVE_PROMO_CODE_PATTERN } from "../../lib/live-code"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"
import type { LiveOrderLine } from "../../modules/livestream/service"
import { lineCodes, liveUnitsOf, type CartLine } from "../../lib/livestream/live-lines"

type Money = number | string | null | undefined
type OrderRow = {
  id: string
  created_at: string | Date
  canceled_at: string | Date | null
  metadata: Record<string, unknown> | null
  cart?: { id: string } | null
  items: (CartLine & { id: string; total: Money })[]
  payment_collections?: { payments?: { refunds?: { amount: Money }[] | null }[] | null }[] | null
}

/** What the livestream side needs to know about an order; null when it was not placed through a live session. */
export type LiveOrderFacts = {
  order_id: string
  cart_id: string | null
  session_id: string
  host_id: string
  rate_bps: number
  cart_link_id: string | null
  lines: LiveOrderLine[]
  placed_at: Date
  canceled_at: Date | null
  refunded_fen: number
}

const FIELDS = [
  "id",
  "created_at",
  "canceled_at",
  "metadata",
  "cart.id",
  // Line totals are computed only when order totals are asked for (as in the relief ledger's reader).
  "item_total",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "payment_collections.payments.refunds.amount",
]
const fen = (m: Money) => (m === null || m === undefined ? 0 : yuanToFen(String(m)))
const text = (v: unknown) => (typeof v === "string" && v ? v : null)

export async function readLiveOrder(container: MedusaContainer, orderId: string): Promise<LiveOrderFacts | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Every placed order comes here; most are not live, and their totals would be computed for nothing.
  const { data: glance } = await query.graph({
    entity: "order",
    fields: ["id", "metadata", "items.adjustments.code"],
    filters: { id: orderId },
  })
  const first = glance[0] as unknown as Pick<OrderRow, "metadata" | "items"> | undefined
  if (
    !first ||
    (!text(first.metadata?.live_session_id) && !lineCodes(first.items).some((c) => LIVE_PROMO_CODE_PATTERN.test(c)))
  )
    return null
  const { data } = await query.graph({ entity: "order", fields: FIELDS, filters: { id: orderId } })
  const order = data[0] as unknown as OrderRow | undefined
  if (!order) return null
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const codes = lineCodes(order.items)
  const offers = codes.length ? await live.listSessionProducts({ promo_code: codes }, { relations: ["session"] }) : []
  // The cart link stamps the session on the cart (copied to the order); a live code on a line names it too.
  const sessionId = text(order.metadata?.live_session_id) ?? offers[0]?.session.id ?? null
  if (!sessionId) return null
  const [session] = await live.listLiveSessions({ id: sessionId }, { relations: ["host"] })
  if (!session) return null
  const offerOf = (line: CartLine) =>
    liveUnitsOf(
      [line],
      offers.map((o) => ({ id: o.id, promo_code: o.promo_code, variant_id: o.variant_id, session_id: o.session.id })),
    )[0]
  const refunds = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? []).flatMap((p) => p.refunds ?? [])
  return {
    order_id: order.id,
    cart_id: order.cart?.id ?? null,
    session_id: session.id,
    host_id: session.host.id,
    rate_bps: session.host.commission_rate_bps,
    cart_link_id: text(order.metadata?.live_link_id),
    lines: order.items.map((item) => ({
      variant_id: item.variant_id ?? "",
      session_product_id: offerOf(item)?.session_product_id ?? null,
      quantity: Number(item.quantity),
      total_fen: fen(item.total),
    })),
    placed_at: new Date(order.created_at),
    canceled_at: order.canceled_at ? new Date(order.canceled_at) : null,
    refunded_fen: refunds.reduce((s, r) => s + fen(r.amount), 0),
  }
}
