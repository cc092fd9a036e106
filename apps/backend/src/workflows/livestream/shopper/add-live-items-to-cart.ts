import { addToCartWorkflow, updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { stampLiveCartStep, type LiveStamp } from "./steps/stamp-live-cart"

export type AddLiveItemsInput = {
  cart_id: string
  items: { variant_id: string; quantity: number }[]
  promo_codes: string[]
  stamp: LiveStamp
}

/** Puts session items into an existing cart at their live price (the session products' promotion codes) and stamps it. */
export const addLiveItemsToCartWorkflow = createWorkflow("add-live-items-to-cart", (input: AddLiveItemsInput) => {
  addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items: input.items } })
  updateCartPromotionsWorkflow.runAsStep({
    input: { cart_id: input.cart_id, promo_codes: input.promo_codes, action: PromotionActions.ADD },
  })
  stampLiveCartStep({ cart_id: input.cart_id, stamp: input.stamp })
  return new WorkflowResponse({ cart_id: input.cart_id })
})
