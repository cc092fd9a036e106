"use client"

import { useTranslations } from "next-intl"
import type { ProductStockState } from "./use-product-stock"

/** Live stock of one variant, from the product's one stock read (useProductStock in AddToCart). */
export function VariantStock({ stock, variantId }: { stock: ProductStockState; variantId: string }) {
  const t = useTranslations("stock")

  if (stock.hasBackend && !stock.isError && stock.data === undefined)
    return <span className="stock stock--loading">{t("loading")}</span>
  const quantity = stock.hasBackend && !stock.isError ? stock.data?.[variantId] : undefined
  if (quantity === undefined) return <span className="stock stock--unknown">{t("unavailable")}</span>
  if (quantity === null) return <span className="stock stock--in">{t("available")}</span>
  if (quantity <= 0) return <span className="stock stock--out">{t("outOfStock")}</span>
  return <span className="stock stock--in">{t("inStock", { count: quantity })}</span>
}
