import "server-only"
import { storeFetch } from "@/lib/store-fetch"

/** Units on hand per variant of these products, read live; null for variants whose stock is not tracked. */
export async function variantStock(productIds: string[]): Promise<Map<string, number | null>> {
  if (productIds.length === 0) return new Map()
  type Product = { variants?: { id: string; manage_inventory?: boolean | null; inventory_quantity?: number | null }[] }
  const { products } = await storeFetch<{ products: Product[] }>("/store/products", {
    query: {
      id: [...new Set(productIds)],
      fields: "id,variants.id,variants.manage_inventory,variants.inventory_quantity",
      limit: productIds.length,
    },
  })
  return new Map(
    products.flatMap((p) =>
      (p.variants ?? []).map((v) => [v.id, v.manage_inventory === false ? null : (v.inventory_quantity ?? 0)] as const),
    ),
  )
}
