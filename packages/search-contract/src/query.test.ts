import { describe, expect, it } from "vitest"
import { priceBandOf, SearchQuerySchema } from "./query"

describe("SearchQuerySchema", () => {
  it("fills defaults and coerces numbers from a URL", () => {
    expect(SearchQuerySchema.parse({ q: " 羊肚菌 ", limit: "5" })).toEqual({
      q: "羊肚菌",
      sort: "relevance",
      limit: 5,
      offset: 0,
    })
  })

  it("says what to fix", () => {
    const bad = SearchQuerySchema.safeParse({ province: "黑龙江", sort: "cheapest", limit: "500" })
    expect(bad.success).toBe(false)
    const messages = bad.error!.issues.map((i) => i.message).join("\n")
    expect(messages).toContain("province: a two-digit GB/T 2260 code")
    expect(messages).toContain("sort: one of relevance")
    expect(messages).toContain("limit: at most 50")
  })

  it("refuses parameters it does not know", () => {
    expect(SearchQuerySchema.safeParse({ colour: "red" }).success).toBe(false)
  })
})

describe("priceBandOf", () => {
  it("puts a bound in the band that starts there", () => {
    expect(priceBandOf(0)).toBe("under-50")
    expect(priceBandOf(4990)).toBe("under-50")
    expect(priceBandOf(5000)).toBe("50-100")
    expect(priceBandOf(12800)).toBe("100-200")
    expect(priceBandOf(20000)).toBe("200-up")
  })
})
