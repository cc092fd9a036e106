// The search page's small decisions, kept apart from React so they can be tested: where the "did you mean" link
// leads, and how many filters the collapsed facet panel says are on. (What the header's box shows: search-box.ts.)
import { SEARCH_FACETS, type SearchQuery } from "@fengshou/search-contract"
import { searchQueryString } from "@/lib/data/search-query-string"

/** The corrected query's results: same filters and order, first page. */
export function suggestionHref(params: SearchQuery, suggestion: string): string {
  return `/search?${searchQueryString({ ...params, q: suggestion, offset: 0 })}`
}

/** How many facet filters are on, for the collapsed panel's label. */
export function activeFilterCount(params: SearchQuery): number {
  return SEARCH_FACETS.filter((facet) => params[facet] !== undefined).length
}
