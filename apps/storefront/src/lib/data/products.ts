import { CertificationSchema } from "@fengshou/store-contract"
import type { HttpTypes } from "@medusajs/types"
import { z } from "zod"
import type { Locale } from "@/i18n/routing"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { storeGet, toMedusaLocale } from "@/lib/medusa"
import { toProductCard, toProductView, type ProductCardView, type ProductView } from "@/lib/view/product"
import { fromBackend } from "./parse-contract"
import { getCnyRegion } from "./regions"

const CertificationListSchema = z.array(CertificationSchema)

// Exactly what the view mapping reads; stock is fetched live in the browser, not cached here.
const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "created_at",
  "metadata",
  "*categories",
  "variants.id",
  "variants.title",
  "variants.weight",
  "*variants.calculated_price",
].join(",")

// Listings read the grower's handle, code and region too: the province and certification filters need them.
// Village names are on the cooperative. Only the product page reads the names and every image.
const GROWER_FIELDS = ["cooperative.handle", "cooperative.division_code", "cooperative.region"]
// `certifications` is the backend's own field on /store/products (src/api/store/product-certifications.ts).
const PROVENANCE_FIELDS = [
  ...GROWER_FIELDS,
  "cooperative.name_zh",
  "cooperative.name_en",
  "images.url",
  "certifications",
].join(",")

async function catalogQuery(locale: Locale) {
  const region = await getCnyRegion()
  return { fields: PRODUCT_FIELDS, region_id: region?.id, locale: toMedusaLocale(locale) }
}

/** Listed products, oldest first, optionally of one category (cached per category under the products tag). */
export async function listProducts(locale: Locale, filter: { categoryId?: string } = {}): Promise<ProductCardView[]> {
  const { products } = await storeGet<HttpTypes.StoreProductListResponse>("/store/products", {
    query: {
      ...(await catalogQuery(locale)),
      fields: `${PRODUCT_FIELDS},${GROWER_FIELDS.join(",")}`,
      ...(filter.categoryId ? { category_id: [filter.categoryId] } : {}),
      limit: 100,
      order: "created_at",
    },
    tags: [CACHE_TAGS.products],
  })
  return products.map((product) => toProductCard(product, locale))
}

export async function getProductByHandle(handle: string, locale: Locale): Promise<ProductView | null> {
  const { products } = await storeGet<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { ...(await catalogQuery(locale)), fields: `${PRODUCT_FIELDS},${PROVENANCE_FIELDS}`, handle, limit: 1 },
    tags: [CACHE_TAGS.products, CACHE_TAGS.product(handle)],
  })
  const [product] = products
  if (!product) return null
  const certifications = fromBackend(
    CertificationListSchema,
    (product as { certifications?: unknown }).certifications ?? [],
    "GET /store/products certifications",
  )
  return toProductView({ ...product, certifications }, locale)
}
