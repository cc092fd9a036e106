import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { yuanToFen } from "@fengshou/relief-core"
import { lineCodes, type CartLine } from "../../lib/livestream/live-lines"
import { LIVE_PROMO_CODE_PATTERN } from "../../lib/live-code"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"
import { listRecentOrderIds } from "../orders/list-recent-order-ids"

type Money = number | string | null | undefined
type OrderRow = {
  id: string
  status: string
  canceled_at: string | Date | null
  metadata: Record<string, unknown> | null
  items?: CartLine[] | null
  payment_collections?: { payments?: { refunds?: { amount: Money }[] | null }[] | null }[] | null
}

const PAGE = 500

/**
 * Live orders placed, changed or refunded since `since` whose livestream side lags the order: no live order row
 * (order.placed lost, so its claims are not tied to it and the host earned nothing), a cancellation or a refund
 * not recorded. It reads ids, metadata, codes and refund amounts only; the sync workflow then does the rest.
 */
export async function listLiveOrderGaps(
  container: MedusaContainer,
  since: Date,
): Promise<{ checked: number; order_ids: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const ids = await listRecentOrderIds(container, since)
  const gaps: string[] = []
  for (let i = 0; i < ids.length; i += PAGE) {
    const page = ids.slice(i, i + PAGE)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "canceled_at",
        "metadata",
        "items.adjustments.code",
        "payment_collections.payments.refunds.amount",
      ],
      filters: { id: page },
    })
    const orders = (data as unknown as OrderRow[]).filter(isLive)
    if (!orders.length) continue
    const rows = await live.listLiveOrders({ order_id: orders.map((o) => o.id) })
    const byOrder = new Map(rows.map((r) => [r.order_id, r]))
    for (const order of orders) {
      const row = byOrder.get(order.id)
      const canceled = order.status === "canceled" || order.canceled_at !== null
      const refunded = (order.payment_collections ?? [])
        .flatMap((pc) => pc.payments ?? [])
        .flatMap((p) => p.refunds ?? [])
        .reduce((s, r) => s + (r.amount === null || r.amount === undefined ? 0 : yuanToFen(String(r.amount))), 0)
      const lagging =
        !row ||
        (canceled && !row.canceled_at) ||
        (!row.canceled_at && Math.min(row.gmv_fen, refunded) > row.refunded_fen)
      if (lagging) gaps.push(order.id)
    }
  }
  return { checked: ids.length, order_ids: gaps }
}

// The same test as the live order reader: the cart link's session in the metadata, or a live code on a line.
const isLive = (order: OrderRow) =>
  (typeof order.metadata?.live_session_id === "string" && order.metadata.live_session_id !== "") ||
  lineCodes(order.items ?? []).some((c) => LIVE_PROMO_CODE_PATTERN.test(c))
