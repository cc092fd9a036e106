"use client"

import { useTranslations } from "next-intl"
import { useProductStock } from "./use-product-stock"

/** Live stock of one variant, fetched from the backend by the browser; variants of a product share one request. */
export function VariantStock({ productId, variantId }: { productId: string; variantId: string }) {
  const t = useTranslations("stock")
  const stock = useProductStock(productId)

  if (!stock.hasBackend || stock.isError) return <span className="stock stock--unknown">{t("unavailable")}</span>
  if (stock.isPending) return <span className="stock stock--loading">{t("loading")}</span>
  const quantity = stock.data[variantId]
  if (quantity === undefined) return <span className="stock stock--unknown">{t("unavailable")}</span>
  if (quantity === null) return <span className="stock stock--in">{t("available")}</span>
  if (quantity <= 0) return <span className="stock stock--out">{t("outOfStock")}</span>
  return <span className="stock stock--in">{t("inStock", { count: quantity })}</span>
}
