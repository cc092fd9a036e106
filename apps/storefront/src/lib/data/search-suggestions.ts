// The header's search suggestions: GET /store/search from the browser while the shopper types. The box is on every
// page, so its answer is checked here by hand, for the fields the box shows, instead of with the contract's zod schema
// (56 KB of gzip on every page for six lines of suggestions); the /search page's server read keeps the full schema.
import type { SearchHit, Segment } from "@fengshou/search-contract"
import type { BackendClientConfig } from "./product-stock"
import { searchQueryString } from "./search-query-string"

/** What a suggestion shows and where it leads. */
export type Suggestion = Pick<SearchHit, "id" | "handle" | "title" | "title_en" | "cooperative" | "highlights">

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null
const isString = (value: unknown): value is string => typeof value === "string"
const isNullableString = (value: unknown) => value === null || isString(value)
const isSegments = (value: unknown): value is Segment[] =>
  Array.isArray(value) && value.every((s) => isObject(s) && isString(s.text) && typeof s.match === "boolean")

export function isSuggestion(value: unknown): value is Suggestion {
  if (!isObject(value) || !isString(value.id) || !isString(value.handle) || !isString(value.title)) return false
  if (!isNullableString(value.title_en)) return false
  const { cooperative, highlights } = value
  if (
    cooperative !== null &&
    !(
      isObject(cooperative) &&
      isString(cooperative.handle) &&
      isString(cooperative.name) &&
      isNullableString(cooperative.name_en)
    )
  )
    return false
  return (
    isObject(highlights) &&
    isSegments(highlights.title) &&
    isSegments(highlights.title_en) &&
    isSegments(highlights.cooperative)
  )
}

/** Up to `limit` products matching `q`; rejects on an error status or an answer of another shape. */
export async function fetchSuggestions(
  backend: BackendClientConfig,
  q: string,
  limit: number,
  signal?: AbortSignal,
): Promise<Suggestion[]> {
  const response = await fetch(`${backend.url}/store/search?${searchQueryString({ q, limit })}`, {
    headers: { "x-publishable-api-key": backend.publishableKey },
    signal,
    cache: "no-store",
  })
  if (!response.ok) throw new Error(`Search answered ${response.status}`)
  const body: unknown = await response.json()
  const hits = isObject(body) ? body.hits : undefined
  if (!Array.isArray(hits) || !hits.every(isSuggestion))
    throw new Error("Search answered suggestions of an unexpected shape")
  return hits
}
