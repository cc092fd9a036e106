import { describe, expect, it } from "vitest"
import { chooseShipping } from "./choose-shipping"

const options = [
  { id: "so_sf", shipping_profile_id: "sp_ambient", amount: 12 },
  { id: "so_yto", shipping_profile_id: "sp_ambient", amount: 8 },
  { id: "so_cold_fast", shipping_profile_id: "sp_cold", amount: 30 },
  { id: "so_cold", shipping_profile_id: "sp_cold", amount: 25 },
]

describe("chooseShipping", () => {
  it("takes the cheapest option of each shipping profile", () => {
    expect(chooseShipping(options).sort()).toEqual(["so_cold", "so_yto"])
  })

  it("keeps the shopper's choice for its profile and the cheapest for the others", () => {
    expect(chooseShipping(options, "so_sf").sort()).toEqual(["so_cold", "so_sf"])
  })

  it("refuses an option the cart is not offered", () => {
    expect(() => chooseShipping(options, "so_elsewhere")).toThrow(/so_elsewhere is not offered for this cart/)
  })

  it("says so when nothing ships to the address", () => {
    expect(() => chooseShipping([])).toThrow(/No shipping option/)
  })

  it("prefers a priced option to one without a price", () => {
    const unpriced = [
      { id: "a", shipping_profile_id: "p" },
      { id: "b", shipping_profile_id: "p", amount: 99 },
    ]
    expect(chooseShipping(unpriced)).toEqual(["b"])
  })
})
