import { describe, expect, it } from "vitest"
import { harvestDateProblem, parseShelfLifeOverrides, shelfLifeFor } from "./shelf-life"

const mushrooms = [{ handle: "mushrooms", name: "菌菇" }]

describe("shelfLifeFor", () => {
  it("gives a cold-chain mushroom 30 days and a dried one the category's own", () => {
    expect(shelfLifeFor(mushrooms, true)).toEqual({ key: "fresh-mushrooms", label: "鲜菌 (fresh mushrooms)", days: 30 })
    expect(shelfLifeFor(mushrooms, false)).toMatchObject({ key: "mushrooms", label: "菌菇", days: 540 })
  })

  it("falls back to 730 days for an unknown category and lets overrides win", () => {
    expect(shelfLifeFor([{ handle: "tea", name: "茶叶" }], false).days).toBe(730)
    expect(shelfLifeFor(mushrooms, true, { "fresh-mushrooms": 10 }).days).toBe(10)
  })
})

describe("harvestDateProblem", () => {
  const fresh = shelfLifeFor(mushrooms, true)
  it("names the category and its limit", () => {
    expect(harvestDateProblem("2026-10-27", fresh, "2026-12-06")).toBe(
      "a lot of 鲜菌 (fresh mushrooms) must be harvested within 30 days: harvest_date 2026-10-27 is 40 days ago",
    )
    expect(harvestDateProblem("2026-11-26", fresh, "2026-12-06")).toBeNull()
  })

  it("refuses the future and anything before 2000", () => {
    expect(harvestDateProblem("2026-12-07", fresh, "2026-12-06")).toMatch(/in the future/)
    expect(harvestDateProblem("1900-01-01", shelfLifeFor([], false), "2026-12-06")).toMatch(/before 2000-01-01/)
  })
})

describe("parseShelfLifeOverrides", () => {
  it("reads handle=days pairs and names a bad one", () => {
    expect(parseShelfLifeOverrides("fresh-mushrooms=30, eggs=45")).toEqual({ "fresh-mushrooms": 30, eggs: 45 })
    expect(() => parseShelfLifeOverrides("eggs=forty")).toThrow(/"eggs=forty" is not handle=days/)
  })
})
