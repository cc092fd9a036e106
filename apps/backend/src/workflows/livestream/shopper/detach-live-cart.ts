import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { stampLiveCartStep } from "./steps/stamp-live-cart"

/** Takes a cart out of a (typically ended) session: its live codes come off, so lines return to the shelf price. */
export const detachLiveCartWorkflow = createWorkflow(
  "detach-live-cart",
  (input: { cart_id: string; promo_codes: string[] }) => {
    updateCartPromotionsWorkflow.runAsStep({
      input: { cart_id: input.cart_id, promo_codes: input.promo_codes, action: PromotionActions.REMOVE },
    })
    stampLiveCartStep({ cart_id: input.cart_id, stamp: null })
    return new WorkflowResponse({ cart_id: input.cart_id })
  },
)
