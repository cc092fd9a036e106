import { describe, expect, it } from "vitest"
import { lineCodes, liveUnitsOf, shopperKey } from "./live-lines"

const offers = [
  { id: "lsp_a", promo_code: "LIVE-A", variant_id: "v1", session_id: "s1" },
  { id: "lsp_b", promo_code: "LIVE-B", variant_id: "v2", session_id: "s1" },
]

describe("live lines", () => {
  it("counts only lines that carry their offer's code on the offer's variant", () => {
    const lines = [
      { variant_id: "v1", quantity: 2, adjustments: [{ code: "LIVE-A" }] },
      { variant_id: "v2", quantity: 1, adjustments: [] }, // shelf price: no cap to take
      { variant_id: "v3", quantity: 4, adjustments: [{ code: "LIVE-A" }] }, // code on another product
    ]
    expect(liveUnitsOf(lines, offers)).toEqual([{ session_product_id: "lsp_a", quantity: 2 }])
    expect(lineCodes(lines)).toEqual(["LIVE-A"])
  })

  it("keys the per-customer limit on the account, else the email", () => {
    expect(shopperKey({ id: "c", email: "A@x.cn", customer: { id: "cus_1" } })).toBe("customer:cus_1")
    expect(shopperKey({ id: "c", email: " A@X.cn " })).toBe("email:a@x.cn")
    expect(shopperKey({ id: "c" })).toBe("cart:c")
  })
})
