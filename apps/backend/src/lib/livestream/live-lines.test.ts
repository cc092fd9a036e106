import { describe, expect, it } from "vitest"
import { lineCodes, liveUnitsOf, shopperKeys } from "./live-lines"

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

  it("keys the per-customer limit on the account, the email and the shipping mobile", () => {
    expect(shopperKeys({ id: "c", email: "A@x.cn", customer: { id: "cus_1" } })).toEqual([
      "customer:cus_1",
      "email:a@x.cn",
    ])
    expect(shopperKeys({ id: "c", email: " A@X.cn ", shipping_address: { phone: "+86 139-0013-9000" } })).toEqual([
      "email:a@x.cn",
      "mobile:+8613900139000",
    ])
    // The same phone typed three ways is one shopper.
    for (const phone of ["13900139000", "0086 13900139000", "(86)139 0013 9000"])
      expect(shopperKeys({ id: "c", shipping_address: { phone } })).toEqual(["mobile:+8613900139000"])
    // A landline or a short number is not a mobile key.
    expect(shopperKeys({ id: "c", shipping_address: { phone: "010-8888 6666" } })).toEqual(["cart:c"])
    expect(shopperKeys({ id: "c" })).toEqual(["cart:c"])
  })
})
