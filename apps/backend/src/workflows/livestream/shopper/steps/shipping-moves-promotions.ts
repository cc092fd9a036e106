import type { IPromotionModuleService, PromotionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Rule attributes whose values a shipping method does not change: the cart's items and who, where and in which
 * currency it is bought. A rule on anything else (a total, the shipping methods) may read differently once a method
 * is in the cart.
 */
const UNMOVED = new Set(["currency_code", "region_id", "region.id", "sales_channel_id", "customer_id"])
const unmoved = (attribute: string) =>
  attribute.startsWith("items.") || attribute.startsWith("customer.") || UNMOVED.has(attribute)

/** A promotion whose adjustments cannot change when a shipping method is added: on items, by rules like the above. */
export function itemsOnly(promotion: PromotionDTO): boolean {
  const method = promotion.application_method
  if (method?.target_type !== "items") return false
  const rules = [...(promotion.rules ?? []), ...(method.target_rules ?? []), ...(method.buy_rules ?? [])]
  return rules.every((rule) => unmoved(rule.attribute ?? ""))
}

/**
 * Whether adding a shipping method to a cart carrying these promotion codes can change its promotions, i.e. whether
 * Medusa's `updateCartPromotionsWorkflow` must run again after it: yes if any active automatic promotion exists (it
 * may start to apply, as a free-shipping one does), or if a code's promotion targets shipping or reads anything a
 * method moves; no for carts whose codes are items-only, as a live link's are. A code not found counts as a yes.
 */
export const shippingMovesPromotionsStep = createStep(
  "shipping-moves-promotions",
  async (input: { promo_codes: string[] }, { container }) => {
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    const [automatic] = await promotions.listPromotions(
      { is_automatic: true, status: ["active"] },
      { select: ["id"], take: 1 },
    )
    if (automatic) return new StepResponse(true)
    if (!input.promo_codes.length) return new StepResponse(false)
    const own = await promotions.listPromotions(
      { code: input.promo_codes },
      {
        relations: ["rules", "application_method", "application_method.target_rules", "application_method.buy_rules"],
      },
    )
    return new StepResponse(own.length < new Set(input.promo_codes).size || !own.every(itemsOnly))
  },
)
