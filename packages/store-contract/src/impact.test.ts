import { describe, expect, it } from "vitest"
import { ImpactResponseSchema, OrderImpactResponseSchema, ProductImpactResponseSchema } from "./impact"

const impact = {
  orders: 3,
  sales_fen: 23_940,
  household_income_fen: 4_140,
  households_benefited: 2,
  persons_benefited: 6,
  cooperatives: 1,
}
const share = {
  variant_id: "variant_01",
  weight_g: 2500,
  price_fen: 3990,
  household_fen: 1800,
  supply_fen: 1600,
  dividend_fen: 200,
  households: 3,
  relief_household_fen: 1380,
  relief_households: 2,
  relief_persons: 6,
  lot: { trace_code: "7K3M9QXW2B8CDFGH", harvest_date: "2025-10-01" },
}

describe("impact", () => {
  it("parses platform, order and product answers", () => {
    expect(ImpactResponseSchema.parse({ impact }).impact).toEqual(impact)
    const order = {
      order_id: "order_01",
      recorded: false,
      sales_fen: 0,
      household_income_fen: 0,
      households_benefited: 0,
      persons_benefited: 0,
    }
    expect(OrderImpactResponseSchema.parse({ impact: order }).impact.recorded).toBe(false)
    const product = {
      product_id: "prod_01",
      benefit_mechanisms: ["supply"],
      dividend_bps: null,
      variants: [share, { ...share, lot: null }],
    }
    expect(ProductImpactResponseSchema.parse({ product_impact: product }).product_impact.variants).toHaveLength(2)
  })

  it("refuses yuan where fen belong, and an order impact without its recorded flag", () => {
    expect(ImpactResponseSchema.safeParse({ impact: { ...impact, sales_fen: 239.4 } }).success).toBe(false)
    const { recorded: _flag, ...order } = { order_id: "order_01", recorded: true, ...impact }
    expect(OrderImpactResponseSchema.safeParse({ impact: order }).success).toBe(false)
    const product = {
      product_id: "prod_01",
      benefit_mechanisms: [],
      dividend_bps: null,
      variants: [{ ...share, price_fen: "3990" }],
    }
    expect(ProductImpactResponseSchema.safeParse({ product_impact: product }).error?.issues[0]?.path).toEqual([
      "product_impact",
      "variants",
      0,
      "price_fen",
    ])
  })
})
