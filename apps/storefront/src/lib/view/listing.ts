// Listing pages keep their state in the URL (?sort=price_asc&min=30&max=100, yuan), so a filtered page can be
// shared, bookmarked and used without JavaScript. The demo catalog is small and cached whole per category, so
// filtering and sorting happen here; a large catalog would hand them to the search service instead.
import { yuanToFen } from "@fengshou/relief-core"
import type { ProductCardView } from "./product"
import { matchesOrigin, parseOriginFilter, type CertificationsByCooperative, type OriginFilter } from "./listing-origin"

export const SORTS = ["newest", "price_asc", "price_desc"] as const
export type Sort = (typeof SORTS)[number]

export type ListingParams = { sort: Sort; minFen: number | null; maxFen: number | null } & OriginFilter

type SearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** A yuan amount typed by the shopper ("30", "30.5") as fen; null for blanks and anything that is not money. */
function yuanParam(value: string | undefined): number | null {
  const text = value?.trim()
  if (!text || !/^\d{1,7}(\.\d{1,2})?$/.test(text)) return null
  return yuanToFen(text)
}

export function parseListingParams(search: SearchParams): ListingParams {
  const sortParam = first(search.sort)
  const sort = SORTS.find((s) => s === sortParam) ?? "newest"
  let minFen = yuanParam(first(search.min))
  let maxFen = yuanParam(first(search.max))
  // "from 100 to 30" is a slip of the fingers, not a wish for nothing.
  if (minFen !== null && maxFen !== null && minFen > maxFen) [minFen, maxFen] = [maxFen, minFen]
  return { sort, minFen, maxFen, ...parseOriginFilter(search) }
}

const byPrice = (a: ProductCardView, b: ProductCardView) =>
  (a.fromPrice?.fen ?? Number.MAX_SAFE_INTEGER) - (b.fromPrice?.fen ?? Number.MAX_SAFE_INTEGER)

const byNewest = (a: ProductCardView, b: ProductCardView) =>
  (b.createdAt ?? "").localeCompare(a.createdAt ?? "") || b.id.localeCompare(a.id)

/** Products whose "from" price lies in the range (inclusive) and whose grower matches, in the chosen order. */
export function applyListing(
  products: ProductCardView[],
  params: ListingParams,
  certs: CertificationsByCooperative = new Map(),
): ProductCardView[] {
  const { sort, minFen, maxFen } = params
  const inRange = products.filter((product) => {
    if (!matchesOrigin(product, params, certs)) return false
    const { fromPrice } = product
    if (minFen === null && maxFen === null) return true
    if (!fromPrice) return false
    return (minFen === null || fromPrice.fen >= minFen) && (maxFen === null || fromPrice.fen <= maxFen)
  })
  if (sort === "price_asc") return inRange.sort(byPrice)
  if (sort === "price_desc") return inRange.sort((a, b) => byPrice(b, a))
  return inRange.sort(byNewest)
}

/** Fen back to the yuan text a price field shows: 3000 → "30", 3050 → "30.5". */
export function fenToYuanText(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, "0").replace(/0$/, "")}`
}

/** The query string for the current filters (defaults left out), e.g. for category links that keep them. */
export function listingSearch({ sort, minFen, maxFen, province, cert }: ListingParams): string {
  const params = new URLSearchParams()
  if (sort !== "newest") params.set("sort", sort)
  if (minFen !== null) params.set("min", fenToYuanText(minFen))
  if (maxFen !== null) params.set("max", fenToYuanText(maxFen))
  if (province !== null) params.set("province", province)
  if (cert !== null) params.set("cert", cert)
  const text = params.toString()
  return text ? `?${text}` : ""
}
