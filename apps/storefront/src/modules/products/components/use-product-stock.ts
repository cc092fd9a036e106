"use client"

import { useBackend } from "@/lib/backend-context"
import { fetchProductStock, type ProductStock } from "@/lib/data/product-stock"
import { useFetched, type Fetched } from "@/modules/common/hooks/use-fetched"

const STOCK_EVERY_MS = 30_000

export type ProductStockState = Fetched<ProductStock> & { hasBackend: boolean }

/**
 * Live stock of a product's variants, fetched by the browser (never cached by the server) and read again every 30 s.
 * Called once per product page (by AddToCart, which hands it to each size's stock line): one request per product.
 */
export function useProductStock(productId: string): ProductStockState {
  const backend = useBackend()
  const stock = useFetched(backend ? productId : null, (signal) => fetchProductStock(backend!, productId, signal), {
    everyMs: STOCK_EVERY_MS,
  })
  return { ...stock, hasBackend: backend !== null }
}
