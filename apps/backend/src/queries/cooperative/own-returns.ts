import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { yuanToFen } from "@fengshou/relief-core"
import { type CooperativeReturn, RETURN_REASONS, type ReturnReason } from "@fengshou/store-contract"
import { lineSoldFen } from "../../lib/orders/line-sold"
import { returnIdOfRefund } from "../../lib/orders/return-refund"
import { lineTitles, type PortalLang } from "./line-titles"
import { cooperativeReturnStatus, refundableFen } from "./return-amounts"

type Money = number | string | null | undefined
type ReturnRow = {
  id: string
  order_id: string
  status: string
  created_at: string | Date
  received_at: string | Date | null
  items?: {
    item_id: string
    quantity: Money
    received_quantity: Money
    note: string | null
    reason?: { value: string } | null
  }[]
}
type OrderRow = {
  id: string
  display_id: number
  items: {
    id: string
    product_id: string | null
    variant_id: string | null
    title: string
    product_title: string | null
    variant_title: string | null
    quantity: Money
    unit_price: Money
    total: Money
    return_received_total?: Money
    return_dismissed_total?: Money
  }[]
  payment_collections?: {
    payments?: { refunds?: { amount: Money; metadata: Record<string, unknown> | null }[] | null }[] | null
  }[]
}

const RETURN_FIELDS = [
  "id",
  "order_id",
  "status",
  "created_at",
  "received_at",
  "items.item_id",
  "items.quantity",
  "items.received_quantity",
  "items.note",
  "items.reason.value",
]
const ORDER_FIELDS = [
  "id",
  "display_id",
  // Line totals (after discounts, tax included) are computed only when an order total is asked for.
  "item_total",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.metadata",
]

const fen = (m: Money) => (m === null || m === undefined ? 0 : yuanToFen(String(m)))
const reasonOf = (value: string | undefined): ReturnReason | null =>
  (RETURN_REASONS as readonly string[]).includes(value ?? "") ? (value as ReturnReason) : null

/**
 * Returns of a cooperative's own lines (every item one of its products'), newest first, money in fen: what refunds
 * naming each return gave back and what may still be refunded for it. `filters` narrows by order or return id.
 */
export async function readCooperativeReturns(
  container: MedusaContainer,
  productIds: string[],
  filters: { order_id: string[] } | { id: string },
  lang: PortalLang = "zh",
): Promise<CooperativeReturn[]> {
  if (!productIds.length || ("order_id" in filters && !filters.order_id.length)) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: returns } = await query.graph({ entity: "return", fields: RETURN_FIELDS, filters })
  const rows = returns as unknown as ReturnRow[]
  if (!rows.length) return []
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: [...new Set(rows.map((r) => r.order_id))] },
  })
  const own = new Set(productIds)
  const titleOf = await lineTitles(
    container,
    (orders as unknown as OrderRow[]).flatMap((o) => o.items.filter((i) => i.product_id && own.has(i.product_id))),
    lang,
  )
  return rows
    .flatMap((r): CooperativeReturn[] => {
      const order = (orders as unknown as OrderRow[]).find((o) => o.id === r.order_id)
      const items = (r.items ?? []).map((i) => ({ ...i, line: order?.items.find((l) => l.id === i.item_id) }))
      if (!order || !items.length || items.some((i) => !i.line?.product_id || !own.has(i.line.product_id))) return []
      const refundedFen = (order.payment_collections ?? [])
        .flatMap((pc) => pc.payments ?? [])
        .flatMap((p) => p.refunds ?? [])
        .filter((refund) => returnIdOfRefund(refund.metadata) === r.id)
        .reduce((sum, refund) => sum + fen(refund.amount), 0)
      const status = cooperativeReturnStatus(r.status, refundedFen)
      if (!status) return []
      const lines = items.map((i) => ({
        line: { quantity: Number(i.line!.quantity), total_fen: lineSoldFen(i.line!) },
        quantity: Number(i.quantity),
        received_quantity: Number(i.received_quantity ?? 0),
      }))
      const received = r.status === "received" || r.status === "partially_received"
      return [
        {
          id: r.id,
          order_id: r.order_id,
          display_id: order.display_id,
          status,
          created_at: new Date(r.created_at).toISOString(),
          received_at: r.received_at ? new Date(r.received_at).toISOString() : null,
          refunded_fen: refundedFen,
          refundable_fen: status === "canceled" ? 0 : refundableFen(lines, received, refundedFen),
          items: items.map((i) => ({
            line_item_id: i.item_id,
            ...titleOf(i.line!),
            quantity: Number(i.quantity),
            received_quantity: Number(i.received_quantity ?? 0),
            unit_price_fen: fen(i.line!.unit_price),
            reason: reasonOf(i.reason?.value),
            note: i.note,
          })),
        },
      ]
    })
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
}
