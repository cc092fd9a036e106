// Every cache tag the storefront assigns. The backend revalidates them through POST /api/revalidate.

export const CACHE_TAGS = {
  /** Any catalog change: product lists and every product page. */
  products: "products",
  regions: "regions",
  /** Category names and handles (filters, category pages). */
  categories: "categories",
  /** One product page, by handle. */
  product: (handle: string) => `product:${handle}`,
  /** The list of approved cooperatives and every cooperative page. */
  cooperatives: "cooperatives",
  /** One cooperative page, by handle. */
  cooperative: (handle: string) => `cooperative:${handle}`,
  /** Every trace (provenance) page; lots and their contributions change rarely, so one tag is enough. */
  traces: "traces",
  /** Platform impact totals (home counter): refreshed every 60 s; POST /api/revalidate may drop it sooner. */
  impact: "impact",
} as const

const TAG_PATTERN =
  /^(products|regions|categories|cooperatives|traces|impact|(product|cooperative):[a-z0-9][a-z0-9_-]*)$/

export function isCacheTag(tag: string): boolean {
  return TAG_PATTERN.test(tag)
}
