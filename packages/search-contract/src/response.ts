import { z } from "zod"
import { SEARCH_SORTS } from "./query"

/** A piece of a highlighted text; `match` pieces are what the query matched (characters, words or pinyin). */
export const SegmentSchema = z.object({ text: z.string(), match: z.boolean() })
export type Segment = z.infer<typeof SegmentSchema>

export const SearchHitSchema = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  title_en: z.string().nullable(),
  thumbnail: z.string().nullable(),
  category: z.object({ handle: z.string(), name: z.string(), name_en: z.string().nullable() }).nullable(),
  cooperative: z.object({ handle: z.string(), name: z.string(), name_en: z.string().nullable() }).nullable(),
  /** Province → village names of the cooperative, zh. */
  region: z.array(z.string()),
  certifications: z.array(z.string()),
  /** The cheapest size, integer fen; null when no size has a CNY price. */
  price_min_fen: z.number().int().nullable(),
  in_stock: z.boolean(),
  highlights: z.object({
    title: z.array(SegmentSchema),
    title_en: z.array(SegmentSchema),
    cooperative: z.array(SegmentSchema),
  }),
})
export type SearchHit = z.infer<typeof SearchHitSchema>

export const FacetValueSchema = z.object({
  value: z.string(),
  label: z.string(),
  label_en: z.string().nullable(),
  count: z.number().int(),
})
export type FacetValue = z.infer<typeof FacetValueSchema>

export const SearchResponseSchema = z.object({
  q: z.string(),
  sort: z.enum(SEARCH_SORTS),
  count: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  hits: z.array(SearchHitSchema),
  /** Counts per value of each facet; a facet's own filter is ignored for its counts, so siblings stay visible. */
  facets: z.object({
    category: z.array(FacetValueSchema),
    province: z.array(FacetValueSchema),
    certification: z.array(FacetValueSchema),
    price: z.array(FacetValueSchema),
  }),
  /** When nothing matched every word: products matching any word, so an empty page still offers something. */
  related: z.array(SearchHitSchema),
  /**
   * The query with its typos corrected (羊度菌 → 羊肚菌, morles → morels) when the engine searched for that too;
   * null when nothing was corrected or the engine does not say. Older answers without it read as null.
   */
  did_you_mean: z.string().nullable().default(null),
})
export type SearchResponse = z.infer<typeof SearchResponseSchema>
