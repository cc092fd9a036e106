// Product search (GET /store/search) for the server's /search page, the answer checked with the contract's schema.
// The header's suggestions read the same route from the browser without zod (search-suggestions.ts).
import { SearchResponseSchema, type SearchQueryInput, type SearchResponse } from "@fengshou/search-contract"
import type { BackendClientConfig } from "./product-stock"
import { searchQueryString } from "./search-query-string"

export { searchQueryString }

export async function fetchSearch(
  backend: BackendClientConfig,
  params: SearchQueryInput,
  signal?: AbortSignal,
): Promise<SearchResponse> {
  const response = await fetch(`${backend.url}/store/search?${searchQueryString(params)}`, {
    headers: { "x-publishable-api-key": backend.publishableKey },
    signal,
    cache: "no-store",
  })
  if (!response.ok) throw new Error(`Search answered ${response.status}`)
  return SearchResponseSchema.parse(await response.json())
}
