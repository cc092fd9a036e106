import { z } from "zod"

/** Orders a shopper can pick; `relevance` is the engine's score. */
export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "sales", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** Price bands of a product's cheapest size, in integer fen: `from_fen` included, `to_fen` excluded. */
export const PRICE_BANDS = [
  { key: "under-50", from_fen: 0, to_fen: 5000 },
  { key: "50-100", from_fen: 5000, to_fen: 10000 },
  { key: "100-200", from_fen: 10000, to_fen: 20000 },
  { key: "200-up", from_fen: 20000, to_fen: null },
] as const
export type PriceBandKey = (typeof PRICE_BANDS)[number]["key"]
const PRICE_BAND_KEYS = PRICE_BANDS.map((b) => b.key) as [PriceBandKey, ...PriceBandKey[]]

/** The band a price in fen falls in. */
export function priceBandOf(fen: number): PriceBandKey {
  const band = PRICE_BANDS.find((b) => fen >= b.from_fen && (b.to_fen === null || fen < b.to_fen))
  return (band ?? PRICE_BANDS[PRICE_BANDS.length - 1]!).key
}

export const SEARCH_LIMIT_MAX = 50
export const SEARCH_OFFSET_MAX = 1000
export const SEARCH_QUERY_MAX_LENGTH = 100

/**
 * `GET /store/search` parameters, and the storefront's `/search` URL state: every value is a string in a URL,
 * so numbers are coerced. One value per facet keeps a shared link short and readable.
 */
export const SearchQuerySchema = z
  .object({
    q: z.string().trim().max(SEARCH_QUERY_MAX_LENGTH, `q: at most ${SEARCH_QUERY_MAX_LENGTH} characters`).default(""),
    category: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "category: a category handle such as mushrooms")
      .optional(),
    province: z
      .string()
      .regex(/^\d{2}$/, "province: a two-digit GB/T 2260 code such as 23 (黑龙江)")
      .optional(),
    certification: z
      .string()
      .regex(/^[a-z][a-z_]{1,39}$/, "certification: a certification kind such as organic or selenium_test")
      .optional(),
    price: z.enum(PRICE_BAND_KEYS, { message: `price: one of ${PRICE_BAND_KEYS.join(", ")}` }).optional(),
    sort: z.enum(SEARCH_SORTS, { message: `sort: one of ${SEARCH_SORTS.join(", ")}` }).default("relevance"),
    limit: z.coerce
      .number({ message: "limit: a whole number" })
      .int("limit: a whole number")
      .min(1, "limit: at least 1")
      .max(SEARCH_LIMIT_MAX, `limit: at most ${SEARCH_LIMIT_MAX}`)
      .default(20),
    offset: z.coerce
      .number({ message: "offset: a whole number" })
      .int("offset: a whole number")
      .min(0, "offset: at least 0")
      .max(SEARCH_OFFSET_MAX, `offset: at most ${SEARCH_OFFSET_MAX}`)
      .default(0),
  })
  .strict()

export type SearchQueryInput = z.input<typeof SearchQuerySchema>
export type SearchQuery = z.output<typeof SearchQuerySchema>

/** The facet filters a query carries, by the name the URL and the response use. */
export const SEARCH_FACETS = ["category", "province", "certification", "price"] as const
export type SearchFacetName = (typeof SEARCH_FACETS)[number]
