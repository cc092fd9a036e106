import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PromotionStatus } from "@medusajs/framework/utils"
import { updatePromotionsStep } from "@medusajs/medusa/core-flows"
import { fenToYuanString } from "@fengshou/relief-core"
import type { UpdateSessionProductBody } from "@fengshou/live-contract"
import { checkLivePriceStep } from "./steps/check-live-price"
import { getOwnSessionProductStep } from "./steps/get-own-session-product"
import { planOfferConsentStep } from "./steps/plan-offer-consent"
import { updateSessionProductStep } from "./steps/update-session-product"

export type UpdateSessionProductWorkflowInput = {
  host_id: string
  session_id: string
  product_id: string
  body: UpdateSessionProductBody
}

/**
 * A host changes a live price, cap or per-shopper limit while the session has not ended. The promotion follows:
 * its amount off is shelf − live (against the shelf price recorded when the product was added), its max quantity
 * the limit.
 */
export const updateSessionProductWorkflow = createWorkflow(
  "update-live-session-product",
  (input: UpdateSessionProductWorkflowInput) => {
    const product = getOwnSessionProductStep(
      transform({ input }, ({ input }) => ({
        host_id: input.host_id,
        session_id: input.session_id,
        product_id: input.product_id,
      })),
    )
    checkLivePriceStep(
      transform({ input, product }, ({ input, product }) => ({
        live_price_fen: input.body.live_price_fen,
        base_price_fen: product.base_price_fen,
      })),
    )
    // New figures outside the cooperative's floor or cap wait for its approval again (lib/livestream/consent.ts).
    const consent = planOfferConsentStep(
      transform({ input, product }, ({ input, product }) => ({
        variant_id: product.variant_id,
        live_price_fen: input.body.live_price_fen ?? product.live_price_fen,
        stock_cap: input.body.stock_cap ?? product.stock_cap,
        current: {
          consent_status: product.consent_status,
          approved_price_fen: product.approved_price_fen ?? null,
          approved_cap: product.approved_cap ?? null,
          paused_reason: product.paused_reason ?? null,
        },
      })),
    )
    updatePromotionsStep(
      transform({ input, product, consent }, ({ input, product, consent }) => [
        {
          id: product.promotion_id,
          status: consent.promotion_active ? PromotionStatus.ACTIVE : PromotionStatus.INACTIVE,
          application_method: {
            value: Number(
              fenToYuanString(product.base_price_fen - (input.body.live_price_fen ?? product.live_price_fen)),
            ),
            max_quantity: input.body.per_customer_limit ?? product.per_customer_limit,
          },
        },
      ]),
    )
    return new WorkflowResponse(
      updateSessionProductStep(
        transform({ input, consent }, ({ input, consent }) => {
          const { promotion_active: _active, ...fields } = consent
          return { id: input.product_id, ...input.body, ...fields }
        }),
      ),
    )
  },
)
