// The relief ledger as shoppers see it (GET /store/impact*): totals, one order's, the signed-in customer's, and a
// product's price transparency. Sums and counts only; the backend never sends a household.
import "server-only"
import {
  ImpactResponseSchema,
  OrderImpactResponseSchema,
  ProductImpactResponseSchema,
  type Impact,
  type OrderImpact,
  type ProductImpact,
} from "@fengshou/store-contract"
import { FetchError } from "@medusajs/js-sdk"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { storeGet } from "@/lib/medusa"
import { StoreApiError, storeFetch } from "@/lib/store-fetch"
import { fromBackend } from "./parse-contract"

/** Platform totals for the home counter; the backend folds the ledger once a minute, so a minute's cache is enough. */
export async function getPlatformImpact(): Promise<Impact> {
  const body = await storeGet<unknown>("/store/impact", { tags: [CACHE_TAGS.impact], revalidate: 60 })
  return fromBackend(ImpactResponseSchema, body, "GET /store/impact").impact
}

/** What of each variant's price reaches households; changes with the product (price) and its lots (traces). */
export async function getProductImpact(productId: string, handle: string): Promise<ProductImpact | null> {
  try {
    const body = await storeGet<unknown>(`/store/impact/products/${encodeURIComponent(productId)}`, {
      tags: [CACHE_TAGS.products, CACHE_TAGS.product(handle), CACHE_TAGS.traces],
    })
    return fromBackend(ProductImpactResponseSchema, body, "GET /store/impact/products/:id").product_impact
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

/** One order's impact, fresh (the ledger writes it just after the order is placed); null for an unknown order. */
export async function getOrderImpact(orderId: string): Promise<OrderImpact | null> {
  try {
    const body = await storeFetch<unknown>(`/store/impact/orders/${encodeURIComponent(orderId)}`)
    return fromBackend(OrderImpactResponseSchema, body, "GET /store/impact/orders/:id").impact
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}

/** The signed-in customer's impact over all their orders. */
export async function getMyImpact(token: string): Promise<Impact> {
  const body = await storeFetch<unknown>("/store/impact/me", { token })
  return fromBackend(ImpactResponseSchema, body, "GET /store/impact/me").impact
}
