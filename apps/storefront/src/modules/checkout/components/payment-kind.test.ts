import { describe, expect, it } from "vitest"
import { defaultProvider, offeredProviders, paymentKind } from "./payment-kind"

describe("paymentKind", () => {
  it.each([
    ["pp_system_default", "system"],
    ["pp_stripe_stripe", "stripe"],
    ["pp_stripe-ideal_stripe", "stripe"],
    ["pp_paypal_paypal", "other"],
  ])("%s is %s", (id, kind) => {
    expect(paymentKind(id)).toBe(kind)
  })
})

describe("offeredProviders", () => {
  const region = ["pp_system_default", "pp_stripe_stripe", "pp_stripe-ideal_stripe", "pp_paypal_paypal"]

  it("offers Stripe only when the region has it and the storefront has a publishable key", () => {
    expect(offeredProviders(region, { stripeKey: true })).toEqual(["pp_system_default", "pp_stripe_stripe"])
    expect(offeredProviders(region, { stripeKey: false })).toEqual(["pp_system_default"])
    expect(offeredProviders(["pp_system_default"], { stripeKey: true })).toEqual(["pp_system_default"])
  })

  it("offers nothing it has no UI for", () => {
    expect(offeredProviders(["pp_paypal_paypal", "pp_stripe-ideal_stripe"], { stripeKey: true })).toEqual([])
  })
})

describe("defaultProvider", () => {
  it("picks Stripe before the demo provider, else the first offered, else none", () => {
    expect(defaultProvider(["pp_system_default", "pp_stripe_stripe"])).toBe("pp_stripe_stripe")
    expect(defaultProvider(["pp_system_default"])).toBe("pp_system_default")
    expect(defaultProvider([])).toBe("")
  })
})
