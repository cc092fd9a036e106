// What the cooperative's order cards show of an order's after-sale state, worked out from the contract's fields.
import { CARRIERS, type Shipment } from "@fengshou/store-contract"
import type { CooperativeOrder } from "@/lib/data/cooperative-orders"

export const ORDER_PROGRESS = ["to_ship", "partially_shipped", "shipped", "delivered", "canceled"] as const
export type OrderProgress = (typeof ORDER_PROGRESS)[number]

type Order = Pick<CooperativeOrder, "status" | "canceled_at" | "items" | "shipments">

export const isCanceled = (order: Pick<Order, "status" | "canceled_at">) =>
  Boolean(order.canceled_at) || order.status === "canceled"

/** Where the cooperative's own lines of the order are: canceled, waiting, partly or wholly shipped, delivered. */
export function orderProgress(order: Order): OrderProgress {
  if (isCanceled(order)) return "canceled"
  const units = order.items.reduce((sum, i) => sum + i.quantity, 0)
  const shipped = order.items.reduce((sum, i) => sum + Math.min(i.fulfilled_quantity, i.quantity), 0)
  if (shipped === 0) return "to_ship"
  if (shipped < units) return "partially_shipped"
  const delivered = order.shipments.length > 0 && order.shipments.every((s) => s.delivered_at)
  return delivered ? "delivered" : "shipped"
}

/** The clerk may cancel while nothing of the order is shipped (the backend refuses it otherwise, with a 409). */
export const canCancel = (order: Order) => orderProgress(order) === "to_ship" && order.shipments.length === 0

/** The carrier's name in the clerk's language, or what was typed before the fixed list existed. */
export function carrierName(shipment: Pick<Shipment, "carrier" | "carrier_text">, locale: string): string | null {
  if (shipment.carrier) return CARRIERS[shipment.carrier][locale === "en" ? "en" : "zh"]
  return shipment.carrier_text
}
