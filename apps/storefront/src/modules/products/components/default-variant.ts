import type { ProductStock } from "@/lib/data/product-stock"

type Choice = { id: string; price?: unknown }

/** A size with stock known to be zero or below; untracked (null) and not-yet-loaded sizes are not sold out. */
export function isSoldOut(stock: ProductStock | undefined, variantId: string): boolean {
  const onHand = stock?.[variantId]
  return typeof onHand === "number" && onHand <= 0
}

/**
 * The size selected when the page opens: the first priced one that is not sold out, then the first priced one,
 * then the first. Until stock loads every size counts as available.
 */
export function defaultVariantId(variants: Choice[], stock: ProductStock | undefined): string {
  const priced = variants.filter((v) => v.price)
  return (priced.find((v) => !isSoldOut(stock, v.id)) ?? priced[0] ?? variants[0])?.id ?? ""
}
