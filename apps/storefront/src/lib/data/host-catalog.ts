// The catalog as the host console's product picker needs it: every size of every listed product with its shelf
// price, optionally narrowed by Medusa's own `q` search. Cached like every catalog read.
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@/i18n/routing"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { storeGet, toMedusaLocale } from "@/lib/medusa"
import { toCatalogOptions, type CatalogOption } from "@/lib/view/live-console"
import { toProductView } from "@/lib/view/product"
import { getCnyRegion } from "./regions"

const FIELDS = "id,handle,title,thumbnail,variants.id,variants.title,variants.weight,*variants.calculated_price"

export async function listCatalogOptions(locale: Locale, q?: string): Promise<CatalogOption[]> {
  const region = await getCnyRegion()
  const query = {
    fields: FIELDS,
    region_id: region?.id,
    locale: toMedusaLocale(locale),
    limit: 100,
    order: "created_at",
    ...(q ? { q } : {}),
  }
  const { products } = await storeGet<HttpTypes.StoreProductListResponse>("/store/products", {
    query,
    tags: [CACHE_TAGS.products],
  })
  return toCatalogOptions(products.map((product) => toProductView(product, locale)))
}
