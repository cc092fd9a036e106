import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getLastPaymentStatus } from "@medusajs/core-flows"
import { yuanToFen } from "@fengshou/relief-core"
import { lineSoldFen } from "../../../lib/orders/line-sold"
import { lineTitles, type PortalLang } from "../../../queries/cooperative/line-titles"
import { type FulfillmentRow, ownFulfillmentStatus, ownShipments } from "./own-shipments"

type Money = number | string | null | undefined
type ItemRow = {
  id: string
  product_id: string | null
  variant_id: string | null
  title: string
  product_title: string | null
  variant_title: string | null
  variant_sku: string | null
  quantity: number
  unit_price: Money
  total: Money
  return_received_total?: Money
  return_dismissed_total?: Money
  variant?: { weight: number | null; product?: { shipping_profile_id?: string | null } | null } | null
  detail?: { fulfilled_quantity: number; shipped_quantity: number; delivered_quantity: number } | null
}
type OrderRow = {
  id: string
  display_id: number
  status: string
  created_at: string | Date
  currency_code: string
  canceled_at: string | Date | null
  shipping_address?: Record<string, string | null> | null
  items: ItemRow[]
  fulfillments?: FulfillmentRow[] | null
  payment_collections?: { status: string; amount: Money; captured_amount: Money; refunded_amount: Money }[] | null
}

const FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "canceled_at",
  "currency_code",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.postal_code",
  // Medusa computes line totals only when order totals are asked for, from the lines' tax lines and adjustments.
  "item_total",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.variant.weight",
  "items.detail.*",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
  // What Medusa folds into the order's payment_status (captured, authorized, refunded…), as Admin shows it.
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
]

type PaymentStatusOf = Parameters<typeof getLastPaymentStatus>[0]
const paymentStatus = (o: OrderRow) =>
  getLastPaymentStatus({ ...o, payment_collections: o.payment_collections ?? [] } as unknown as PaymentStatusOf)

const fen = (m: Money) => (m === null || m === undefined ? 0 : yuanToFen(String(m)))

/**
 * Orders as one cooperative sees them: only its own line items (other cooperatives' lines in a mixed order
 * are dropped before anything is returned), money in fen, weight in grams, the address it must ship to, and the
 * parcels of its own lines with how far they have gone. Line titles are in the portal's `lang`, not the shopper's.
 */
export async function readOwnOrders(
  container: MedusaContainer,
  orderIds: string[],
  productIds: string[],
  lang: PortalLang = "zh",
) {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: FIELDS, filters: { id: orderIds } })
  const own = new Set(productIds)
  const rows = data as unknown as OrderRow[]
  const titleOf = await lineTitles(
    container,
    rows.flatMap((o) => o.items.filter((i) => i.product_id && own.has(i.product_id))),
    lang,
  )
  return rows
    .map((o) => {
      const items = o.items
        .filter((i) => i.product_id && own.has(i.product_id))
        .map((i) => ({
          id: i.id,
          product_id: i.product_id,
          variant_id: i.variant_id,
          ...titleOf(i),
          sku: i.variant_sku,
          quantity: Number(i.quantity),
          quantity_g: Number(i.quantity) * (i.variant?.weight ?? 0),
          unit_price_fen: fen(i.unit_price),
          // As sold: a received return lowers Medusa's line total to the units kept.
          total_fen: lineSoldFen(i),
          fulfilled_quantity: Number(i.detail?.fulfilled_quantity ?? 0),
          shipped_quantity: Number(i.detail?.shipped_quantity ?? 0),
        }))
      const ownLines = new Set(items.map((i) => i.id))
      const progress = o.items
        .filter((i) => ownLines.has(i.id))
        .map((i) => ({
          quantity: Number(i.quantity),
          shipped_quantity: Number(i.detail?.shipped_quantity ?? 0),
          delivered_quantity: Number(i.detail?.delivered_quantity ?? 0),
        }))
      return {
        id: o.id,
        display_id: o.display_id,
        status: o.status,
        created_at: o.created_at,
        canceled_at: o.canceled_at,
        currency_code: o.currency_code,
        payment_status: paymentStatus(o),
        shipping_address: o.shipping_address ?? null,
        items,
        items_total_fen: items.reduce((sum, i) => sum + i.total_fen, 0),
        shipments: ownShipments(o.fulfillments ?? [], ownLines),
        fulfillment_status: ownFulfillmentStatus(o.status, progress),
      }
    })
    .filter((o) => o.items.length > 0)
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
}
