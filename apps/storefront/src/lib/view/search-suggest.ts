// The search page's small decisions, kept apart from React so they can be tested: what the header's box shows,
// where the "did you mean" link leads, and how many filters the collapsed facet panel says are on.
import { SEARCH_FACETS, SEARCH_QUERY_MAX_LENGTH, type SearchQuery } from "@fengshou/search-contract"
import { searchQueryString } from "@/lib/data/search"

/**
 * What the header's search box holds: on the results page (`pathname` without its locale), the query being
 * shown, so the shopper can fix a word instead of typing it all again; elsewhere nothing.
 */
export function queryInBox(pathname: string, q: string | null): string {
  if (pathname !== "/search" || !q) return ""
  return q.trim().slice(0, SEARCH_QUERY_MAX_LENGTH)
}

/** The corrected query's results: same filters and order, first page. */
export function suggestionHref(params: SearchQuery, suggestion: string): string {
  return `/search?${searchQueryString({ ...params, q: suggestion, offset: 0 })}`
}

/** How many facet filters are on, for the collapsed panel's label. */
export function activeFilterCount(params: SearchQuery): number {
  return SEARCH_FACETS.filter((facet) => params[facet] !== undefined).length
}
