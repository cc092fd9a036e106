import { describe, expect, it } from "vitest"
import type { CooperativeCardView } from "./cooperative"
import { applyListing, parseListingParams } from "./listing"
import { certificationsByCooperative, matchesOrigin, originOptions, parseOriginFilter } from "./listing-origin"
import type { ProductCardView } from "./product"

const card = (
  id: string,
  coop: string | null,
  provinceCode: string | null,
  province: string | null,
): ProductCardView => ({
  id,
  handle: id,
  title: id,
  origin: null,
  thumbnail: null,
  fromPrice: null,
  createdAt: null,
  coldChain: false,
  grower: coop ? { cooperativeHandle: coop, provinceCode, province } : null,
})

const coop = (handle: string, kinds: string[]) =>
  ({
    handle,
    certifications: kinds.map((kind, i) => ({ id: `${handle}-${i}`, kind })),
  }) as unknown as CooperativeCardView

const products = [
  card("millet", "changsheng", "23", "黑龙江省"),
  card("morels", "yunling", "53", "云南省"),
  card("honey", "yunling", "53", "云南省"),
  card("rice", "heitu", "23", "黑龙江省"),
  card("loose", null, null, null),
]
const certs = certificationsByCooperative([
  coop("changsheng", ["green_food", "geographic_indication", "green_food"]),
  coop("yunling", ["organic"]),
  coop("heitu", []),
])

describe("parseOriginFilter", () => {
  it("reads a two-digit province and a known certification kind", () => {
    expect(parseOriginFilter({ province: "53", cert: "organic" })).toEqual({ province: "53", cert: "organic" })
    expect(parseOriginFilter({ province: ["23", "53"], cert: [" green_food "] })).toEqual({
      province: "23",
      cert: "green_food",
    })
  })

  it("ignores anything else", () => {
    for (const search of [
      {},
      { province: "530000", cert: "halal" },
      { province: "0x", cert: "" },
      { province: "05" },
    ]) {
      expect(parseOriginFilter(search)).toEqual({ province: null, cert: null })
    }
  })
})

describe("matchesOrigin", () => {
  it("filters by province, certification, or both", () => {
    const pick = (filter: Record<string, string>) =>
      products.filter((p) => matchesOrigin(p, parseOriginFilter(filter), certs)).map((p) => p.id)
    expect(pick({})).toEqual(["millet", "morels", "honey", "rice", "loose"])
    expect(pick({ province: "23" })).toEqual(["millet", "rice"])
    expect(pick({ cert: "organic" })).toEqual(["morels", "honey"])
    expect(pick({ province: "23", cert: "green_food" })).toEqual(["millet"])
    expect(pick({ province: "53", cert: "green_food" })).toEqual([])
  })

  it("counts a grower whose certifications could not be read as uncertified", () => {
    expect(matchesOrigin(products[0]!, { province: null, cert: "green_food" }, new Map())).toBe(false)
  })
})

describe("originOptions", () => {
  it("offers each province and certification the page's growers have, once", () => {
    expect(originOptions(products, certs)).toEqual({
      provinces: [
        { code: "23", name: "黑龙江省" },
        { code: "53", name: "云南省" },
      ],
      certifications: ["organic", "green_food", "geographic_indication"],
    })
    expect(originOptions([], certs)).toEqual({ provinces: [], certifications: [] })
  })
})

describe("applyListing with origin filters", () => {
  it("combines them with the price filter and sort", () => {
    const params = parseListingParams({ province: "53", sort: "newest" })
    expect(
      applyListing([...products], params, certs)
        .map((p) => p.id)
        .sort(),
    ).toEqual(["honey", "morels"])
  })
})
