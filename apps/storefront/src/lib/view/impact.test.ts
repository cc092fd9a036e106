import type { VariantShare } from "@fengshou/store-contract"
import { describe, expect, it } from "vitest"
import { percentOf, toImpactView, toOrderImpactView, toPriceShare, toPriceShares } from "./impact"
import type { VariantView } from "./product"

const share = (change: Partial<VariantShare> = {}): VariantShare => ({
  variant_id: "variant_small",
  weight_g: 2500,
  price_fen: 3990,
  household_fen: 1800,
  supply_fen: 1600,
  dividend_fen: 200,
  households: 3,
  relief_household_fen: 1380,
  relief_households: 2,
  relief_persons: 6,
  lot: { trace_code: "ABCDEFGH12345678", harvest_date: "2025-10-01" },
  ...change,
})

describe("percentOf", () => {
  it("rounds half up to a whole percent, never claims 0% of something, and has no answer without a whole", () => {
    expect(percentOf(1380, 3990)).toBe("35%")
    expect(percentOf(1, 200)).toBe("1%")
    expect(percentOf(1, 201)).toBe("<1%")
    expect(percentOf(0, 3990)).toBe("0%")
    expect(percentOf(3990, 3990)).toBe("100%")
    expect(percentOf(100, 0)).toBeNull()
    expect(percentOf(-5, 100)).toBeNull()
  })
})

describe("toPriceShare", () => {
  it("leads with what reaches 脱贫户/监测户 and adds the members' part when there is one", () => {
    const view = toPriceShare(share(), "5斤")
    expect(view.message).toBe("relief")
    expect(view.values).toEqual({
      size: "5斤",
      price: "¥39.90",
      part: "¥13.80",
      percent: "35%",
      households: 2,
      persons: 6,
    })
    expect(view.allHouseholds).toEqual({ part: "¥18.00", households: 3 })
    expect(view.traceCode).toBe("ABCDEFGH12345678")
  })

  it("has no members' sentence when relief households get everything households get", () => {
    expect(toPriceShare(share({ household_fen: 1380, households: 2 }), "5斤").allHouseholds).toBeNull()
  })

  it("says members only when no 脱贫户/监测户 supplied the lot, and nothing when no lot is recorded", () => {
    const members = toPriceShare(share({ relief_household_fen: 0, relief_households: 0, relief_persons: 0 }), "1 kg")
    expect(members.message).toBe("membersOnly")
    expect(members.values).toMatchObject({ part: "¥18.00", percent: "45%", households: 3 })
    const none = toPriceShare(
      share({
        household_fen: 0,
        supply_fen: 0,
        dividend_fen: 0,
        households: 0,
        relief_household_fen: 0,
        relief_households: 0,
        relief_persons: 0,
        lot: null,
      }),
      "1 kg",
    )
    expect(none).toMatchObject({ message: "none", traceCode: null, allHouseholds: null })
    expect(none.values.percent).toBe("0%")
  })
})

describe("toPriceShares", () => {
  it("follows the page's variant order and labels each share with the size the page shows", () => {
    const variant = (id: string, primary: string | null, title: string): VariantView => ({
      id,
      title,
      weight: primary ? { grams: 1, primary, secondary: "" } : null,
      price: null,
      unitPrice: null,
    })
    const wire = {
      product_id: "prod_1",
      benefit_mechanisms: ["supply"],
      dividend_bps: null,
      variants: [share({ variant_id: "big" }), share({ variant_id: "small" })],
    }
    const views = toPriceShares(wire, [
      variant("small", "5斤", "2.5 kg"),
      variant("big", null, "5 kg"),
      variant("orphan", "1斤", "500 g"),
    ])
    expect(views.map((v) => [v.variantId, v.size])).toEqual([
      ["small", "5斤"],
      ["big", "5 kg"],
    ])
  })
})

describe("impact views", () => {
  it("formats the platform's and a customer's totals in yuan and keeps the counts", () => {
    const view = toImpactView({
      orders: 3,
      sales_fen: 1_837_000,
      household_income_fen: 639_000,
      households_benefited: 3,
      persons_benefited: 11,
      cooperatives: 2,
    })
    expect(view).toEqual({
      orders: 3,
      sales: "¥18,370.00",
      householdIncome: "¥6,390.00",
      households: 3,
      persons: 11,
      cooperatives: 2,
      share: "35%",
    })
    expect(
      toImpactView({
        orders: 0,
        sales_fen: 0,
        household_income_fen: 0,
        households_benefited: 0,
        persons_benefited: 0,
        cooperatives: 0,
      }).share,
    ).toBeNull()
  })

  it("keeps whether the ledger has recorded the order", () => {
    const wire = {
      order_id: "order_1",
      recorded: false,
      sales_fen: 0,
      household_income_fen: 0,
      households_benefited: 0,
      persons_benefited: 0,
    }
    expect(toOrderImpactView(wire)).toMatchObject({ recorded: false, share: null })
    expect(
      toOrderImpactView({
        ...wire,
        recorded: true,
        sales_fen: 7980,
        household_income_fen: 2760,
        households_benefited: 2,
        persons_benefited: 6,
      }),
    ).toEqual({
      recorded: true,
      sales: "¥79.80",
      householdIncome: "¥27.60",
      households: 2,
      persons: 6,
      share: "35%",
    })
  })
})
