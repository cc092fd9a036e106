// A shopper's order after the sale (status, shipments, returns) and what they may do with it. Opened either by its
// customer (bearer token) or by a guest holding the token POST /store/order-lookup issued for that one order.
import "server-only"
import {
  OrderLookupResponseSchema,
  ShopperOrderResponseSchema,
  type OrderLookupBody,
  type OrderLookupResponse,
  type ReturnRequestBody,
  type ShopperOrder,
} from "@fengshou/store-contract"
import { fromBackend } from "@/lib/data/parse-contract"
import { StoreApiError, storeFetch } from "@/lib/store-fetch"

/** Who asks: the signed-in customer's JWT, or a guest's order token. */
export type OrderAccess = { token?: string | null; orderToken?: string | null }

const path = (orderId: string, action = "") => `/store/order-status/${encodeURIComponent(orderId)}${action}` as const

/** The order and a 24 h token for it, when the number and the mobile match; 404 otherwise, 429 when throttled. */
export async function lookupOrder(body: OrderLookupBody): Promise<OrderLookupResponse> {
  const answer = await storeFetch<unknown>("/store/order-lookup", { method: "POST", body })
  return fromBackend(OrderLookupResponseSchema, answer, "POST /store/order-lookup")
}

/** The order as its shopper sees it; null when it does not exist or this access does not open it. */
export async function retrieveShopperOrder(orderId: string, access: OrderAccess): Promise<ShopperOrder | null> {
  try {
    const answer = await storeFetch<unknown>(path(orderId), access)
    return fromBackend(ShopperOrderResponseSchema, answer, "GET /store/order-status/:id").order
  } catch (error) {
    if (error instanceof StoreApiError && [400, 401, 403, 404].includes(error.status)) return null
    throw error
  }
}

/** Cancels an order nothing of which has shipped; 409 once something has. */
export async function cancelShopperOrder(orderId: string, access: OrderAccess): Promise<ShopperOrder> {
  const answer = await storeFetch<unknown>(path(orderId, "/cancel"), { ...access, method: "POST" })
  return fromBackend(ShopperOrderResponseSchema, answer, "POST /store/order-status/:id/cancel").order
}

/** Asks to return some shipped units; the cooperative receives and refunds them. */
export async function requestShopperReturn(
  orderId: string,
  body: ReturnRequestBody,
  access: OrderAccess,
): Promise<ShopperOrder> {
  const answer = await storeFetch<unknown>(path(orderId, "/returns"), { ...access, method: "POST", body })
  return fromBackend(ShopperOrderResponseSchema, answer, "POST /store/order-status/:id/returns").order
}
