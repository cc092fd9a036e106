// Runs in the browser (useProductStock): live stock is never cached by the server.
import type { HttpTypes } from "@medusajs/types"

export type BackendClientConfig = { url: string; publishableKey: string }

/** Units on hand per variant id; null for variants whose stock Medusa does not track. */
export type ProductStock = Record<string, number | null>

const STOCK_FIELDS = "id,variants.id,variants.manage_inventory,variants.inventory_quantity"

export async function fetchProductStock(
  backend: BackendClientConfig,
  productId: string,
  signal?: AbortSignal,
): Promise<ProductStock> {
  const url = `${backend.url}/store/products/${encodeURIComponent(productId)}?fields=${STOCK_FIELDS}`
  const response = await fetch(url, { headers: { "x-publishable-api-key": backend.publishableKey }, signal })
  if (!response.ok) throw new Error(`Stock request failed with ${response.status}`)
  const { product } = (await response.json()) as HttpTypes.StoreProductResponse
  return Object.fromEntries(
    (product.variants ?? []).map((variant) => [
      variant.id,
      variant.manage_inventory === false ? null : (variant.inventory_quantity ?? 0),
    ]),
  )
}
