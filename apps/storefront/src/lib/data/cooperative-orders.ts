// Orders holding the cooperative's items (only its own lines): list them by tab and search, ship, mark delivered,
// cancel.
import "server-only"
import {
  CooperativeOrderWithShipmentsListSchema,
  CooperativeOrderWithShipmentsSchema,
  type CarrierCode,
} from "@fengshou/store-contract"
import { getLocale } from "next-intl/server"
import { z } from "zod"
import { AFTER_SALE_PAGE_SIZE, type OrdersQuery } from "@/lib/cooperative/after-sale-query"
import { fromBackend } from "./parse-contract"
import { ConsoleApiError, consoleFetch } from "./console-fetch"

export type { CooperativeOrderItem } from "@fengshou/store-contract"
export type CooperativeOrder = z.infer<typeof CooperativeOrderWithShipmentsSchema>
export type CooperativeOrderPage = z.infer<typeof CooperativeOrderWithShipmentsListSchema>

/** The portal's language for line titles (#15): the backend names each line in it, whatever the shopper bought in. */
export async function portalLang(): Promise<"zh" | "en"> {
  return (await getLocale()) === "en" ? "en" : "zh"
}

const OrderResponseSchema = z.object({ order: CooperativeOrderWithShipmentsSchema })
const path = (orderId: string) => `/cooperative/orders/${encodeURIComponent(orderId)}` as const

export async function listOrders(token: string, { status, q, offset }: OrdersQuery): Promise<CooperativeOrderPage> {
  const query = { status, limit: AFTER_SALE_PAGE_SIZE, offset, lang: await portalLang(), ...(q ? { q } : {}) }
  const body = await consoleFetch<unknown>("/cooperative/orders", token, { query })
  return fromBackend(CooperativeOrderWithShipmentsListSchema, body, "GET /cooperative/orders")
}

export async function getOrder(token: string, id: string): Promise<CooperativeOrder> {
  const body = await consoleFetch<unknown>(path(id), token, { query: { lang: await portalLang() } })
  return fromBackend(OrderResponseSchema, body, "GET /cooperative/orders/:id").order
}

/** The order, or null when it is not (or no longer) one of the cooperative's. */
export async function findOrder(token: string, id: string): Promise<CooperativeOrder | null> {
  return getOrder(token, id).catch((error: unknown) => {
    if (error instanceof ConsoleApiError && error.status === 404) return null
    throw error
  })
}

export type NewShipment = {
  items: { id: string; quantity: number }[]
  carrier: CarrierCode
  tracking_number: string
}

export async function shipItems(token: string, orderId: string, shipment: NewShipment) {
  await consoleFetch(`${path(orderId)}/fulfillments`, token, { method: "POST", body: shipment })
}

/** 409 when the shipment was already marked delivered. */
export async function markDelivered(token: string, orderId: string, fulfillmentId: string) {
  await consoleFetch(`${path(orderId)}/fulfillments/${encodeURIComponent(fulfillmentId)}/deliver`, token, {
    method: "POST",
  })
}

/** 409 once something was shipped, or when the order also holds another cooperative's lines. */
export async function cancelOrder(token: string, orderId: string, reason: string) {
  await consoleFetch(`${path(orderId)}/cancel`, token, { method: "POST", body: { reason } })
}

/** Lines with something left to ship, and how much. */
export function unshippedItems(order: Pick<CooperativeOrder, "items">): { id: string; quantity: number }[] {
  return order.items
    .map((i) => ({ id: i.id, quantity: i.quantity - i.fulfilled_quantity }))
    .filter((i) => i.quantity > 0)
}
