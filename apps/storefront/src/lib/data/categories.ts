import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@/i18n/routing"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { storeGet, toMedusaLocale } from "@/lib/medusa"

export type CategoryView = { id: string; handle: string; name: string }

/** Active categories in the shopper's language, in the order the operator ranked them. */
export async function listCategories(locale: Locale): Promise<CategoryView[]> {
  const { product_categories } = await storeGet<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    {
      query: { fields: "id,handle,name", limit: 100, order: "rank", locale: toMedusaLocale(locale) },
      tags: [CACHE_TAGS.categories],
    },
  )
  return product_categories.map(({ id, handle, name }) => ({ id, handle, name }))
}
