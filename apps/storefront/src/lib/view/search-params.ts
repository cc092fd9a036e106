import { SearchQuerySchema, type SearchQuery } from "@fengshou/search-contract"

const KEYS = Object.keys(SearchQuerySchema.shape) as (keyof SearchQuery)[]

/**
 * The /search page's URL as a search query: the contract's own schema, so the page asks the backend exactly
 * what the URL says. A parameter that does not parse (a hand-edited link) is dropped rather than failing the page.
 */
export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchQuery {
  const values: Record<string, string> = {}
  for (const key of KEYS) {
    const value = raw[key]
    const first = Array.isArray(value) ? value[0] : value
    if (first !== undefined) values[key] = first
  }
  for (;;) {
    const parsed = SearchQuerySchema.safeParse(values)
    if (parsed.success) return parsed.data
    const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])))
    if (![...bad].some((k) => k in values)) return SearchQuerySchema.parse({})
    for (const key of bad) delete values[key]
  }
}
