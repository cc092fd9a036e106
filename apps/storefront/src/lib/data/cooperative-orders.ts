// Orders holding the cooperative's items (only its own lines) and shipping them.
import "server-only"
import {
  CooperativeOrderListResponseSchema,
  CooperativeOrderResponseSchema,
  type CooperativeOrder,
} from "@fengshou/store-contract"
import { fromBackend } from "./parse-contract"
import { consoleFetch } from "./console-fetch"

export type { CooperativeOrderItem, CooperativeOrder } from "@fengshou/store-contract"

export async function listOrders(token: string): Promise<CooperativeOrder[]> {
  const body = await consoleFetch<unknown>("/cooperative/orders", token, { query: { limit: 100 } })
  return fromBackend(CooperativeOrderListResponseSchema, body, "GET /cooperative/orders").orders
}

export async function getOrder(token: string, id: string): Promise<CooperativeOrder> {
  const body = await consoleFetch<unknown>(`/cooperative/orders/${encodeURIComponent(id)}`, token)
  return fromBackend(CooperativeOrderResponseSchema, body, "GET /cooperative/orders/:id").order
}

export type Shipment = { items: { id: string; quantity: number }[]; carrier: string; tracking_number: string }

export async function shipItems(token: string, orderId: string, shipment: Shipment) {
  await consoleFetch(`/cooperative/orders/${encodeURIComponent(orderId)}/fulfillments`, token, {
    method: "POST",
    body: shipment,
  })
}

/** Lines with something left to ship, and how much. */
export function unshippedItems(order: CooperativeOrder): { id: string; quantity: number }[] {
  return order.items
    .map((i) => ({ id: i.id, quantity: i.quantity - i.fulfilled_quantity }))
    .filter((i) => i.quantity > 0)
}
