import { describe, expect, it } from "vitest"
import { parseSearchParams } from "./search-params"

describe("parseSearchParams", () => {
  it("reads the shared URL state", () => {
    expect(parseSearchParams({ q: "羊肚菌", category: "mushrooms", sort: "price_asc", offset: "20" })).toEqual({
      q: "羊肚菌",
      category: "mushrooms",
      sort: "price_asc",
      limit: 20,
      offset: 20,
    })
  })

  it("drops what does not parse and keeps the rest", () => {
    expect(parseSearchParams({ q: ["木耳", "x"], province: "黑龙江", sort: "cheapest", utm: "ad" })).toEqual({
      q: "木耳",
      sort: "relevance",
      limit: 20,
      offset: 0,
    })
  })
})
