"use client"

import { skipToken, useQuery } from "@tanstack/react-query"
import { useBackend } from "@/lib/backend-context"
import { fetchProductStock } from "@/lib/data/product-stock"

/** Live stock of a product's variants, fetched by the browser (never cached by the server); one request per product. */
export function useProductStock(productId: string) {
  const backend = useBackend()
  const stock = useQuery({
    queryKey: ["product-stock", productId],
    queryFn: backend ? ({ signal }) => fetchProductStock(backend, productId, signal) : skipToken,
    refetchInterval: 30_000,
  })
  return { ...stock, hasBackend: backend !== null }
}
