import { describe, expect, it } from "vitest"
import { pickInSeason } from "./in-season"
import type { ProductCardView } from "./product"

const product = (id: string, createdAt: string | null, coldChain = false): ProductCardView => ({
  id,
  handle: id,
  title: id,
  origin: null,
  thumbnail: null,
  fromPrice: null,
  createdAt,
  coldChain,
  grower: null,
})

const catalog = [
  product("millet", "2026-01-01T00:00:00.000Z"),
  product("morels", "2025-06-01T00:00:00.000Z", true),
  product("honey", "2026-03-01T00:00:00.000Z"),
  product("oil", "2026-02-01T00:00:00.000Z"),
  product("rice", null),
]

describe("pickInSeason", () => {
  it("puts cold-chain fresh goods first, then the newest listings", () => {
    expect(pickInSeason(catalog).map((p) => p.id)).toEqual(["morels", "honey", "oil", "millet"])
  })

  it("orders several fresh products newest first and honours the limit", () => {
    const more = [...catalog, product("fresh-bamboo", "2026-04-01T00:00:00.000Z", true)]
    expect(pickInSeason(more, 3).map((p) => p.id)).toEqual(["fresh-bamboo", "morels", "honey"])
  })

  it("does not reorder the caller's array and copes with an empty catalog", () => {
    const copy = [...catalog]
    pickInSeason(copy)
    expect(copy.map((p) => p.id)).toEqual(catalog.map((p) => p.id))
    expect(pickInSeason([])).toEqual([])
    expect(pickInSeason(catalog, 0)).toEqual([])
  })
})
