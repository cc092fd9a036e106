// A search's URL query, shared by the server's read, the browser's suggestions and the results page's links. Only
// types come from the contract here: its values would bring zod into the browser's bundle.
import type { SearchQueryInput } from "@fengshou/search-contract"

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
