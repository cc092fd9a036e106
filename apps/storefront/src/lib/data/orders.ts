import "server-only"
import { StoreApiError, storeFetch } from "@/lib/store-fetch"
import type { WireCart } from "@/lib/view/cart"
import type { WireOrder } from "@/lib/view/order"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "email",
  "customer_id",
  "item_total",
  "shipping_total",
  "total",
  "items.id",
  "items.product_handle",
  "items.product_title",
  "items.variant_title",
  "items.title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "shipping_address.*",
  "shipping_methods.name",
].join(",")

export type CompletionResponse =
  | { type: "order"; order: Pick<WireOrder, "id" | "display_id"> }
  | { type: "cart"; cart: WireCart; error?: { message?: string; name?: string; type?: string } }

/**
 * Turns the cart into an order. Medusa runs this as one workflow: on failure nothing is half-written. The answer names
 * the order only: the confirmation page reads it whole (with its totals, which Medusa computes on every such read).
 */
export async function completeCart(cartId: string): Promise<CompletionResponse> {
  return storeFetch<CompletionResponse>(`/store/carts/${encodeURIComponent(cartId)}/complete`, {
    method: "POST",
    query: { fields: "id,display_id" },
  })
}

/**
 * One order by id. The store API answers anyone who knows an order id, so callers decide who may see it
 * (the guest who just placed it, or its customer).
 */
export async function retrieveOrder(orderId: string, token?: string | null): Promise<WireOrder | null> {
  try {
    const { order } = await storeFetch<{ order: WireOrder }>(`/store/orders/${encodeURIComponent(orderId)}`, {
      query: { fields: ORDER_FIELDS },
      token,
    })
    return order
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}

/** The signed-in customer's orders, newest first. */
export async function listCustomerOrders(token: string): Promise<WireOrder[]> {
  const { orders } = await storeFetch<{ orders: WireOrder[] }>("/store/orders", {
    query: { fields: ORDER_FIELDS, order: "-created_at", limit: 50 },
    token,
  })
  return orders
}
