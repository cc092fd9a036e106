import { describe, expect, it } from "vitest"
import { applyListing, fenToYuanText, listingSearch, parseListingParams } from "./listing"
import type { ProductCardView } from "./product"

const card = (id: string, fen: number | null, createdAt: string): ProductCardView => ({
  id,
  handle: id,
  title: id,
  origin: null,
  thumbnail: null,
  fromPrice: fen === null ? null : { fen, formatted: "" },
  createdAt,
  coldChain: false,
  grower: null,
})

const products = [
  card("millet", 3990, "2026-01-01T00:00:00Z"),
  card("oil", 11900, "2026-03-01T00:00:00Z"),
  card("honey", 5800, "2026-02-01T00:00:00Z"),
  card("unpriced", null, "2026-04-01T00:00:00Z"),
]
const ids = (list: ProductCardView[]) => list.map((p) => p.id)

describe("parseListingParams", () => {
  it("defaults to newest first with no price range", () => {
    expect(parseListingParams({})).toEqual({ sort: "newest", minFen: null, maxFen: null, province: null, cert: null })
  })

  it("reads sort and a yuan range as fen", () => {
    expect(parseListingParams({ sort: "price_desc", min: "30", max: "99.5" })).toEqual({
      sort: "price_desc",
      minFen: 3000,
      maxFen: 9950,
      province: null,
      cert: null,
    })
  })

  it("ignores values it does not understand", () => {
    expect(parseListingParams({ sort: "cheapest", min: "abc", max: "-5" })).toEqual({
      sort: "newest",
      minFen: null,
      maxFen: null,
      province: null,
      cert: null,
    })
    expect(parseListingParams({ sort: ["price_asc", "price_desc"], min: "1e3" }).sort).toBe("price_asc")
  })

  it("swaps a range typed backwards", () => {
    expect(parseListingParams({ min: "100", max: "30" })).toMatchObject({ minFen: 3000, maxFen: 10000 })
  })
})

describe("applyListing", () => {
  it("sorts newest first by default", () => {
    expect(ids(applyListing([...products], parseListingParams({})))).toEqual(["unpriced", "oil", "honey", "millet"])
  })

  it("sorts by price both ways, unpriced products last when cheapest first", () => {
    expect(ids(applyListing([...products], parseListingParams({ sort: "price_asc" })))).toEqual([
      "millet",
      "honey",
      "oil",
      "unpriced",
    ])
    expect(ids(applyListing([...products], parseListingParams({ sort: "price_desc" }))).slice(1)).toEqual([
      "oil",
      "honey",
      "millet",
    ])
  })

  it("keeps products whose from-price is inside the range, ends included", () => {
    expect(
      ids(applyListing([...products], parseListingParams({ min: "39.90", max: "58", sort: "price_asc" }))),
    ).toEqual(["millet", "honey"])
    expect(ids(applyListing([...products], parseListingParams({ min: "100" })))).toEqual(["oil"])
  })
})

describe("listingSearch", () => {
  it("writes only what differs from the defaults", () => {
    expect(listingSearch(parseListingParams({}))).toBe("")
    expect(listingSearch(parseListingParams({ sort: "price_asc", min: "30.5", max: "100" }))).toBe(
      "?sort=price_asc&min=30.5&max=100",
    )
    expect(listingSearch(parseListingParams({ province: "23", cert: "organic" }))).toBe("?province=23&cert=organic")
  })

  it("prints fen as the yuan a shopper would type", () => {
    expect([fenToYuanText(3000), fenToYuanText(3050), fenToYuanText(3055), fenToYuanText(5)]).toEqual([
      "30",
      "30.5",
      "30.55",
      "0.05",
    ])
  })
})
