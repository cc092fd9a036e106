// Orders holding the cooperative's items (only its own lines) and shipping them.
import "server-only"
import { portalFetch } from "./portal-fetch"

export type PortalOrderItem = { id: string; title: string; variant_title: string | null; quantity: number; quantity_g: number; total_fen: number; fulfilled_quantity: number }
export type PortalOrder = {
  id: string
  display_id: number
  status: string
  created_at: string
  canceled_at: string | null
  shipping_address: Record<string, string | null> | null
  items: PortalOrderItem[]
  items_total_fen: number
}

export async function listOrders(token: string): Promise<PortalOrder[]> {
  return (await portalFetch<{ orders: PortalOrder[] }>("/cooperative/orders", token, { query: { limit: 100 } })).orders
}

export async function getOrder(token: string, id: string): Promise<PortalOrder> {
  return (await portalFetch<{ order: PortalOrder }>(`/cooperative/orders/${encodeURIComponent(id)}`, token)).order
}

export type Shipment = { items: { id: string; quantity: number }[]; carrier: string; tracking_number: string }

export async function shipItems(token: string, orderId: string, shipment: Shipment) {
  await portalFetch(`/cooperative/orders/${encodeURIComponent(orderId)}/fulfillments`, token, { method: "POST", body: shipment })
}

/** Lines with something left to ship, and how much. */
export function unshippedItems(order: PortalOrder): { id: string; quantity: number }[] {
  return order.items.map((i) => ({ id: i.id, quantity: i.quantity - i.fulfilled_quantity })).filter((i) => i.quantity > 0)
}
