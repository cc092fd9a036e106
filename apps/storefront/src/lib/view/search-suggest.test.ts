import { SearchQuerySchema } from "@fengshou/search-contract"
import { describe, expect, it } from "vitest"
import { activeFilterCount, suggestionHref } from "./search-suggest"

describe("suggestionHref", () => {
  it("searches the correction with the same filters and order, from the first page", () => {
    const params = SearchQuerySchema.parse({ q: "羊度菌", category: "mushrooms", sort: "price_asc", offset: "20" })
    expect(suggestionHref(params, "羊肚菌")).toBe(
      `/search?q=${encodeURIComponent("羊肚菌")}&category=mushrooms&sort=price_asc&limit=20`,
    )
  })
})

describe("activeFilterCount", () => {
  it("counts the facet filters that are on, not the query or the order", () => {
    expect(activeFilterCount(SearchQuerySchema.parse({ q: "木耳", sort: "sales" }))).toBe(0)
    expect(activeFilterCount(SearchQuerySchema.parse({ category: "mushrooms", price: "under-50" }))).toBe(2)
  })
})
