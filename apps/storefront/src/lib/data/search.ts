// Product search (GET /store/search), from the browser (suggestions, react-query) and from the server (/search).
// The contract package's schemas validate what we send and what comes back.
import { SearchResponseSchema, type SearchQueryInput, type SearchResponse } from "@fengshou/search-contract"
import type { BackendClientConfig } from "./product-stock"

/** The query string of a search, without defaults, so URLs stay short and shareable. */
export function searchQueryString(params: SearchQueryInput): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (
      value === undefined ||
      value === "" ||
      (key === "sort" && value === "relevance") ||
      (key === "offset" && Number(value) === 0)
    )
      continue
    query.set(key, String(value))
  }
  return query.toString()
}

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
