// A shopper's order after the sale, as the order page shows it: carrier names in the page's language, each shipment
// and return naming its lines, and which return reasons may still be picked today (七天无理由 only until its day).
import {
  CARRIERS,
  RETURN_REASONS,
  type CarrierCode,
  type ReturnReason,
  type ShopperOrder,
  type ShopperOrderStatus,
} from "@fengshou/store-contract"
import { toAddressView, type AddressView } from "@/lib/address/medusa-address"

export type OrderStatusLine = {
  id: string
  title: string
  variantTitle: string | null
  quantity: number
  totalFen: number
  shippedQuantity: number
  returnedQuantity: number
  returnableQuantity: number
}

export type ShipmentView = {
  id: string
  /** The carrier's name in the page's language, the cooperative's own words when not a known carrier, or null. */
  carrier: string | null
  trackingNumber: string | null
  shippedAt: string | null
  deliveredAt: string | null
  items: { title: string; quantity: number }[]
}

export type ReturnView = {
  id: string
  status: ShopperOrder["returns"][number]["status"]
  createdAt: string
  receivedAt: string | null
  refundedFen: number
  items: { title: string; quantity: number; reason: ReturnReason | null; note: string | null }[]
}

export type OrderStatusView = {
  id: string
  displayId: number
  createdAt: string
  status: ShopperOrderStatus
  lines: OrderStatusLine[]
  shipments: ShipmentView[]
  returns: ReturnView[]
  itemsFen: number
  shippingFen: number
  totalFen: number
  refundedFen: number
  shippingAddress: AddressView | null
  canCancel: boolean
  /** Lines that may be returned now; empty when nothing can be. */
  returnableLines: OrderStatusLine[]
  /** The reasons the return form offers today. */
  returnReasons: ReturnReason[]
  /** The last day (YYYY-MM-DD, Shanghai) of 七天无理由, while it is still open. */
  noReasonUntil: string | null
}

const isCarrier = (code: string | null): code is CarrierCode => code !== null && code in CARRIERS

/** 顺丰速运 / SF Express for a known code, else what the cooperative typed, else null. */
export function carrierName(code: string | null, text: string | null, locale: string): string | null {
  if (isCarrier(code)) return CARRIERS[code][locale === "en" ? "en" : "zh"]
  return text?.trim() || null
}

/** Today's date in Shanghai as YYYY-MM-DD, the calendar the backend's return window is counted in. */
export function shanghaiDate(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now)
}

/** The YYYY-MM-DD of `no_reason_until` if 七天无理由 is still open on `today`, else null. */
export function openNoReasonDay(noReasonUntil: string | null, today: string): string | null {
  const day = noReasonUntil?.match(/^\d{4}-\d{2}-\d{2}/)?.[0]
  return day && today <= day ? day : null
}

export function toOrderStatusView(order: ShopperOrder, locale: string, now = new Date()): OrderStatusView {
  const titles = new Map(order.items.map((item) => [item.id, item.title]))
  const title = (lineId: string) => titles.get(lineId) ?? ""
  const lines = order.items.map((item) => ({
    id: item.id,
    title: item.title,
    variantTitle: item.variant_title,
    quantity: item.quantity,
    totalFen: item.total_fen,
    shippedQuantity: item.shipped_quantity,
    returnedQuantity: item.returned_quantity,
    returnableQuantity: item.returnable_quantity,
  }))
  const noReasonUntil = openNoReasonDay(order.no_reason_until, shanghaiDate(now))
  const returnableLines = order.status === "canceled" ? [] : lines.filter((line) => line.returnableQuantity > 0)
  return {
    id: order.id,
    displayId: order.display_id,
    createdAt: order.created_at,
    status: order.status,
    lines,
    shipments: order.shipments.map((shipment) => ({
      id: shipment.id,
      carrier: carrierName(shipment.carrier, shipment.carrier_text, locale),
      trackingNumber: shipment.tracking_number,
      shippedAt: shipment.shipped_at,
      deliveredAt: shipment.delivered_at,
      items: shipment.items.map((item) => ({ title: title(item.line_item_id), quantity: item.quantity })),
    })),
    returns: order.returns.map((ret) => ({
      id: ret.id,
      status: ret.status,
      createdAt: ret.created_at,
      receivedAt: ret.received_at,
      refundedFen: ret.refunded_fen,
      items: ret.items.map((item) => ({
        title: title(item.line_item_id),
        quantity: item.quantity,
        reason: item.reason,
        note: item.note,
      })),
    })),
    itemsFen: order.item_total_fen,
    shippingFen: order.shipping_total_fen,
    totalFen: order.total_fen,
    refundedFen: order.refunded_fen,
    shippingAddress: order.shipping_address ? toAddressView(order.shipping_address) : null,
    canCancel: order.can_cancel,
    returnableLines,
    returnReasons: RETURN_REASONS.filter((reason) => reason !== "no_reason" || noReasonUntil !== null),
    noReasonUntil,
  }
}
