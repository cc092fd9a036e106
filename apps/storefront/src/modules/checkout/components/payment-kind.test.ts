import { describe, expect, it } from "vitest"
import { isSupported, paymentKind } from "./payment-kind"

describe("paymentKind", () => {
  it.each([
    ["pp_system_default", "system"],
    ["pp_stripe_stripe", "stripe"],
    ["pp_stripe-alipay_stripe", "stripe"],
    ["pp_stripe-wechatpay_stripe", "stripe"],
    ["pp_paypal_paypal", "other"],
  ])("%s is %s", (id, kind) => {
    expect(paymentKind(id)).toBe(kind)
  })

  it("lets the shopper pay only with providers this storefront has a UI for", () => {
    expect(isSupported("pp_system_default")).toBe(true)
    expect(isSupported("pp_stripe_stripe")).toBe(false)
  })
})
