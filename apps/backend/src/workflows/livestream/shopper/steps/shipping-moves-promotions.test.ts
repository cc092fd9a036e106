import type { PromotionDTO } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { itemsOnly } from "./shipping-moves-promotions"

const promotion = (method: Record<string, unknown> | undefined, rules: { attribute: string }[] = []) =>
  ({ id: "promo_1", code: "LIVE-X", rules, application_method: method }) as unknown as PromotionDTO

describe("itemsOnly", () => {
  it("holds for a live code: items, a target rule on the variant", () => {
    expect(itemsOnly(promotion({ target_type: "items", target_rules: [{ attribute: "items.variant_id" }] }))).toBe(true)
  })

  it("holds for rules on who, where and in which currency", () => {
    const rules = ["currency_code", "region_id", "sales_channel_id", "customer_id", "customer.groups.id"]
    expect(
      itemsOnly(
        promotion(
          { target_type: "items" },
          rules.map((attribute) => ({ attribute })),
        ),
      ),
    ).toBe(true)
  })

  it("fails for a promotion on shipping or on the order", () => {
    expect(itemsOnly(promotion({ target_type: "shipping_methods" }))).toBe(false)
    expect(itemsOnly(promotion({ target_type: "order" }))).toBe(false)
    expect(itemsOnly(promotion(undefined))).toBe(false)
  })

  it("fails for a rule a shipping method can move, wherever the rule sits", () => {
    expect(itemsOnly(promotion({ target_type: "items" }, [{ attribute: "subtotal" }]))).toBe(false)
    expect(itemsOnly(promotion({ target_type: "items" }, [{ attribute: "shipping_methods.shipping_option_id" }]))).toBe(
      false,
    )
    expect(itemsOnly(promotion({ target_type: "items", buy_rules: [{ attribute: "total" }] }))).toBe(false)
    expect(itemsOnly(promotion({ target_type: "items", target_rules: [{ attribute: "shipping_methods.id" }] }))).toBe(
      false,
    )
  })
})
