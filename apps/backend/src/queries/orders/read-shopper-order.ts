import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getLastFulfillmentStatus, getLastPaymentStatus } from "@medusajs/core-flows"
import { yuanToFen } from "@fengshou/relief-core"
import {
  CARRIERS,
  RETURN_REASONS,
  type CarrierCode,
  type OrderReturn,
  type ReturnReason,
  type Shipment,
  type ShopperOrder,
} from "@fengshou/store-contract"
import { lineSoldFen } from "../../lib/orders/line-sold"
import { returnIdOfRefund } from "../../lib/orders/return-refund"
import {
  noReasonUntil,
  returnableQuantity,
  shopperOrderStatus,
  shopperReturnStatus,
} from "../../lib/orders/shopper-status"
import type { OrderRow } from "./shopper-order-row"
import { SHOPPER_ORDER_FIELDS } from "./shopper-order-row"

type Money = number | string | null | undefined
const fen = (m: Money) => (m === null || m === undefined ? 0 : yuanToFen(String(m)))
const iso = (d: string | Date | null | undefined) => (d ? new Date(d).toISOString() : null)

/** A stored carrier that is one of CARRIERS is a code; anything else was typed before the fixed list existed. */
function carrierOf(stored: unknown): Pick<Shipment, "carrier" | "carrier_text"> {
  if (typeof stored !== "string" || !stored.trim()) return { carrier: null, carrier_text: null }
  return stored in CARRIERS
    ? { carrier: stored as CarrierCode, carrier_text: null }
    : { carrier: null, carrier_text: stored }
}

const reasonOf = (value: string | null | undefined): ReturnReason | null =>
  (RETURN_REASONS as readonly string[]).includes(value ?? "") ? (value as ReturnReason) : null

/** The raw order row (what the routes authorize and plan with) and the shopper's view of it. */
export type ShopperOrderRead = { row: OrderRow; order: ShopperOrder }

/** Reads an order as its shopper sees it: status, shipments with carrier and tracking, returns and refunds, in fen. */
export async function readShopperOrder(container: MedusaContainer, orderId: string): Promise<ShopperOrderRead | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: SHOPPER_ORDER_FIELDS, filters: { id: orderId } })
  const row = data[0] as unknown as OrderRow | undefined
  if (!row) return null
  // The reason is read apart: "returns.items.reason.value" comes back empty when asked for through the order.
  const reasonIds = [...new Set((row.returns ?? []).flatMap((r) => (r.items ?? []).flatMap((i) => i.reason_id ?? [])))]
  const { data: reasons } = reasonIds.length
    ? await query.graph({ entity: "return_reason", fields: ["id", "value"], filters: { id: reasonIds } })
    : { data: [] }
  const reasonValues = new Map((reasons as { id: string; value: string }[]).map((r) => [r.id, r.value]))
  return { row, order: toShopperOrder(row, reasonValues) }
}

function toShopperOrder(o: OrderRow, reasonValues: Map<string, string>): ShopperOrder {
  const refunds = (o.payment_collections ?? []).flatMap((pc) => (pc.payments ?? []).flatMap((p) => p.refunds ?? []))
  const refundedByReturn = new Map<string, number>()
  for (const r of refunds) {
    const returnId = returnIdOfRefund(r.metadata)
    if (returnId) refundedByReturn.set(returnId, (refundedByReturn.get(returnId) ?? 0) + fen(r.amount))
  }
  const fulfillments = (o.fulfillments ?? []).filter((f) => !f.canceled_at)
  const shipments: Shipment[] = fulfillments.map((f) => {
    const label = (f.labels ?? []).find((l) => l.tracking_number) ?? null
    return {
      id: f.id,
      ...carrierOf(f.metadata?.carrier),
      tracking_number: label?.tracking_number || null,
      shipped_at: iso(f.shipped_at),
      delivered_at: iso(f.delivered_at),
      items: (f.items ?? []).map((i) => ({ line_item_id: i.line_item_id ?? "", quantity: Number(i.quantity) })),
    }
  })
  const returns: OrderReturn[] = (o.returns ?? []).flatMap((r) => {
    const status = shopperReturnStatus(r.status, refundedByReturn.has(r.id))
    if (!status) return []
    return [
      {
        id: r.id,
        status,
        created_at: iso(r.created_at)!,
        received_at: iso(r.received_at),
        refunded_fen: refundedByReturn.get(r.id) ?? 0,
        items: (r.items ?? []).map((i) => ({
          line_item_id: i.item_id,
          quantity: Number(i.quantity),
          received_quantity: Number(i.received_quantity ?? 0),
          reason: reasonOf(i.reason_id ? reasonValues.get(i.reason_id) : null),
          note: i.note ?? null,
        })),
      },
    ]
  })
  const returned = new Map<string, number>()
  for (const r of returns.filter((r) => r.status !== "canceled"))
    for (const i of r.items) returned.set(i.line_item_id, (returned.get(i.line_item_id) ?? 0) + i.quantity)

  const items = o.items.map((i) => {
    const shipped = Number(i.detail?.shipped_quantity ?? 0)
    const returnedQty = returned.get(i.id) ?? 0
    return {
      id: i.id,
      title: i.product_title ?? i.title,
      variant_title: i.variant_title ?? null,
      product_handle: i.product_handle ?? null,
      thumbnail: i.thumbnail ?? null,
      quantity: Number(i.quantity),
      unit_price_fen: fen(i.unit_price),
      // As sold: a received return lowers Medusa's line total to the units kept.
      total_fen: lineSoldFen(i),
      shipped_quantity: shipped,
      delivered_quantity: Number(i.detail?.delivered_quantity ?? 0),
      returned_quantity: returnedQty,
      returnable_quantity: o.status === "canceled" ? 0 : returnableQuantity(shipped, returnedQty),
    }
  })
  const withCollections = { ...o, payment_collections: o.payment_collections ?? [], fulfillments: o.fulfillments ?? [] }
  type StatusInput = Parameters<typeof getLastPaymentStatus>[0]
  const payment_status = getLastPaymentStatus(withCollections as unknown as StatusInput)
  const canceled = o.status === "canceled"
  const metaLocale = o.metadata?.locale
  return {
    id: o.id,
    display_id: Number(o.display_id),
    created_at: iso(o.created_at)!,
    locale: o.locale ?? (typeof metaLocale === "string" ? metaLocale : null),
    status: shopperOrderStatus({ canceled, payment_status, lines: items, returns }),
    payment_status,
    fulfillment_status: canceled ? "canceled" : getLastFulfillmentStatus(withCollections as unknown as StatusInput),
    email: o.email ?? null,
    shipping_address: addressOf(o.shipping_address),
    items,
    shipments,
    returns,
    item_total_fen: fen(o.item_total),
    shipping_total_fen: fen(o.shipping_total),
    total_fen: fen(o.total),
    refunded_fen: refunds.reduce((sum, r) => sum + fen(r.amount), 0),
    can_cancel: !canceled && fulfillments.length === 0,
    no_reason_until: noReasonUntil(fulfillments),
  }
}

const ADDRESS_KEYS = [
  "first_name",
  "last_name",
  "phone",
  "province",
  "city",
  "address_1",
  "address_2",
  "postal_code",
  "country_code",
] as const

function addressOf(a: Record<string, unknown> | null | undefined): Record<string, string | null> | null {
  if (!a) return null
  return Object.fromEntries(ADDRESS_KEYS.map((k) => [k, typeof a[k] === "string" ? (a[k] as string) : null]))
}
