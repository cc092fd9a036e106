import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { fenToYuanString } from "@fengshou/relief-core"
import { consentNeeded, limitsBroken, nextConsent } from "../../lib/livestream/consent"
import type { AddSessionProductBody } from "@fengshou/live-contract"
import { createSessionProductStep } from "./steps/create-session-product"
import { getOwnSessionStep } from "./steps/get-own-session"
import { prepareSessionProductStep } from "./steps/prepare-session-product"

export type AddSessionProductInput = { host_id: string; session_id: string; body: AddSessionProductBody }

/** The promotion module matches a line's own fields under `items.`; the line item stores its variant as variant_id. */
export const VARIANT_TARGET_ATTRIBUTE = "items.variant_id"

/**
 * Offers one variant in a session at a live price. The price is a Medusa promotion applied by code: a fixed amount
 * off each unit (shelf − live), for at most per_customer_limit units of a line, only on that variant, tax-inclusive
 * like the CNY shelf prices, so a line at the live price totals exactly live_price_fen per unit.
 */
export const addSessionProductWorkflow = createWorkflow("add-live-session-product", (input: AddSessionProductInput) => {
  const session = getOwnSessionStep(
    transform({ input }, ({ input }) => ({ host_id: input.host_id, session_id: input.session_id, open: true })),
  )
  const offer = prepareSessionProductStep(
    transform({ input, session }, ({ input, session }) => ({ session, body: input.body })),
  )
  // Outside the cooperative's floor or cap the offer waits for its approval: created, but its promotion inactive.
  const consent = transform({ input, offer }, ({ input, offer }) => {
    const note = consentNeeded(input.body, offer.metadata)
    return {
      consent_status: nextConsent(note, null, input.body),
      consent_note: note,
      ...limitsBroken(input.body, offer.metadata),
    }
  })
  const promotions = createPromotionsWorkflow.runAsStep({
    input: transform({ input, offer, consent }, ({ input, offer, consent }) => ({
      promotionsData: [
        {
          code: offer.promo_code,
          type: "standard" as const,
          status: consent.consent_status === "pending" ? ("inactive" as const) : ("active" as const),
          is_automatic: false,
          is_tax_inclusive: true,
          metadata: { live_session_id: input.session_id, host_id: input.host_id },
          application_method: {
            type: "fixed" as const,
            target_type: "items" as const,
            allocation: "each" as const,
            value: Number(fenToYuanString(offer.base_price_fen - input.body.live_price_fen)),
            currency_code: "cny",
            max_quantity: input.body.per_customer_limit,
            target_rules: [
              { attribute: VARIANT_TARGET_ATTRIBUTE, operator: "in" as const, values: [offer.variant_id] },
            ],
          },
        },
      ],
    })),
  })
  const product = createSessionProductStep(
    transform({ input, offer, promotions, consent }, ({ input, offer, promotions, consent }) => ({
      session_id: input.session_id,
      product_id: offer.product_id,
      variant_id: offer.variant_id,
      product_title: offer.product_title,
      variant_title: offer.variant_title,
      product_handle: offer.product_handle,
      thumbnail: offer.thumbnail,
      base_price_fen: offer.base_price_fen,
      live_price_fen: input.body.live_price_fen,
      stock_cap: input.body.stock_cap,
      per_customer_limit: input.body.per_customer_limit,
      promotion_id: promotions[0]!.id,
      promo_code: offer.promo_code,
      ...consent,
    })),
  )
  return new WorkflowResponse(product)
})
