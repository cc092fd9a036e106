// Every cache tag the storefront assigns. The backend revalidates them through POST /api/revalidate.

export const CACHE_TAGS = {
  /** Any catalog change: product lists and every product page. */
  products: "products",
  regions: "regions",
  /** Category names and handles (filters, category pages). */
  categories: "categories",
  /** One product page, by handle. */
  product: (handle: string) => `product:${handle}`,
} as const

const TAG_PATTERN = /^(products|regions|categories|product:[a-z0-9][a-z0-9_-]*)$/

export function isCacheTag(tag: string): boolean {
  return TAG_PATTERN.test(tag)
}
