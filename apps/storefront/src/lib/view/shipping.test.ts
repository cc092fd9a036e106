import { describe, expect, it } from "vitest"
import { coversEveryGroup, groupByProfile, initialSelection, selectionFor, type WireShippingOption } from "./shipping"

const standard: WireShippingOption = {
  id: "so_std",
  name: "快递",
  shipping_profile_id: "sp_default",
  calculated_price: { calculated_amount: 8 },
  type: { code: "standard", description: "常温快递" },
}
const express: WireShippingOption = { id: "so_sf", name: "顺丰", shipping_profile_id: "sp_default", amount: "12.50" }
const coldChain: WireShippingOption = {
  id: "so_cold",
  name: "冷链",
  shipping_profile_id: "sp_cold",
  calculated_price: { calculated_amount: 25 },
  type: { code: "cold-chain" },
}

describe("groupByProfile", () => {
  it("makes one group per shipping profile with prices in fen, cheapest first", () => {
    const groups = groupByProfile([express, coldChain, standard])
    expect(groups.map((g) => [g.profileId, g.options.map((o) => [o.id, o.amountFen])])).toEqual([
      [
        "sp_default",
        [
          ["so_std", 800],
          ["so_sf", 1250],
        ],
      ],
      ["sp_cold", [["so_cold", 2500]]],
    ])
    expect(groups[0]?.options[0]).toMatchObject({ code: "standard", description: "常温快递" })
    expect(groups[0]?.options[1]).toMatchObject({ code: null, description: null })
  })

  it("is empty when the backend offers nothing", () => {
    expect(groupByProfile([])).toEqual([])
  })
})

describe("selection", () => {
  const groups = groupByProfile([standard, express, coldChain])

  it("preselects what the cart has, else the cheapest option of each group", () => {
    expect(initialSelection(groups, [])).toEqual({ sp_default: "so_std", sp_cold: "so_cold" })
    expect(initialSelection(groups, ["so_sf"])).toEqual({ sp_default: "so_sf", sp_cold: "so_cold" })
  })

  it("accepts exactly one listed option per group", () => {
    expect(selectionFor(groups, ["so_cold", "so_sf"])).toEqual(["so_sf", "so_cold"])
  })

  it.each([
    ["a group left out", ["so_std"]],
    ["two options for one profile", ["so_std", "so_sf", "so_cold"]],
    ["an option the backend did not list", ["so_std", "so_cold", "so_other"]],
    ["nothing", []],
  ])("refuses %s", (_, ids) => {
    expect(selectionFor(groups, ids)).toBeNull()
  })

  it("takes a repeated id once", () => {
    expect(selectionFor(groups, ["so_std", "so_std", "so_cold"])).toEqual(["so_std", "so_cold"])
  })

  it("knows when every group has a method", () => {
    expect(coversEveryGroup(groups, ["so_std"])).toBe(false)
    expect(coversEveryGroup(groups, ["so_std", "so_cold"])).toBe(true)
    expect(coversEveryGroup([], [])).toBe(false)
  })
})
