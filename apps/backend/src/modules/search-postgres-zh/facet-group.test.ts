import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { groupFacetSearches, omitFields, pickFields } from "./facet-group"

type Input = SearchTypes.ProviderSearchQuery
const index = { physical_name: "product_v1" } as Input["index"]
const facets = ["category", "province_code"].map((field) => ({ field, limit: 50 }))
const page = (filters: Record<string, unknown>, q = "小米"): Input =>
  ({
    index,
    q,
    filters,
    pagination: { skip: 0, take: 20 },
    search_options: { match_strategy: "last", facets },
  }) as unknown as Input
// What the Search Module makes for a chosen facet: its filter dropped, that facet alone, no page, no count.
const facetOnly = (from: Input, field: string): Input =>
  ({
    ...from,
    filters: omitFields(from.filters, [field]),
    pagination: { skip: 0, take: 0 },
    search_options: { ...from.search_options, facets: [{ field, limit: 50 }], count: "none" },
  }) as Input

describe("groupFacetSearches", () => {
  const base = page({ status: "published", category: "eggs", province_code: "23" })

  it("puts each chosen facet's own search with the page's", () => {
    const inputs = [base, facetOnly(base, "category"), facetOnly(base, "province_code")]
    expect(groupFacetSearches(inputs, () => true)).toEqual([
      {
        page: 0,
        facets: [
          { index: 1, field: "category" },
          { index: 2, field: "province_code" },
        ],
      },
    ])
  })

  it("leaves alone a facet search of other words, other filters, or a page that cannot lead", () => {
    const other = page({ status: "published", category: "eggs" }, "木耳")
    const loose = { ...facetOnly(base, "category"), filters: { status: "draft", province_code: "23" } } as Input
    const inputs = [base, facetOnly(other, "category"), loose]
    expect(groupFacetSearches(inputs, () => true).map((g) => g.facets.length)).toEqual([0, 0, 0])
    expect(groupFacetSearches([base, facetOnly(base, "category")], () => false)).toHaveLength(2)
  })
})

describe("omitFields and pickFields", () => {
  it("split filters by top-level field, undefined when nothing is left", () => {
    const filters = { status: "published", category: "eggs" } as Input["filters"]
    expect(omitFields(filters, ["category"])).toEqual({ status: "published" })
    expect(pickFields(filters, ["category"])).toEqual({ category: "eggs" })
    expect(pickFields(filters, ["price_band"])).toBeUndefined()
  })
})
