import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fenToYuanString } from "@fengshou/relief-core"
import type { AddSessionProductBody } from "@fengshou/live-contract"
import { newLivePromoCode } from "../../../lib/live-code"
import { readVariantOffer } from "../../../queries/livestream/read-variant-offer"
import type { OwnSession } from "./get-own-session"

export type PrepareSessionProductInput = { session: Pick<OwnSession, "id" | "products">; body: AddSessionProductBody }

const yuan = (fen: number) => `¥${fenToYuanString(fen)}`

/**
 * Reads the variant and its shelf price and checks the offer (read-only): a published catalog variant, not yet in
 * the session, with a live price below the shelf price. Draws the promotion code that will carry the live price.
 */
export const prepareSessionProductStep = createStep(
  "prepare-live-session-product",
  async (input: PrepareSessionProductInput, { container }) => {
    const { session, body } = input
    const offer = await readVariantOffer(container, body.variant_id)
    if (!offer || offer.product_status !== "published") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `variant_id ${body.variant_id} is not a published product size; pick a variant id from GET /store/products.`,
      )
    }
    if (offer.base_price_fen === null) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${offer.product_title} ${offer.variant_title} has no CNY shelf price yet, so it cannot get a live price.`,
      )
    }
    if (session.products.some((p) => p.variant_id === body.variant_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${offer.product_title} ${offer.variant_title} is already in this session; change its live price, cap or limit instead.`,
      )
    }
    if (body.live_price_fen >= offer.base_price_fen) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `live_price_fen ${body.live_price_fen} (${yuan(body.live_price_fen)}) must be below the shelf price ${offer.base_price_fen} (${yuan(offer.base_price_fen)}); lower the live price.`,
      )
    }
    return new StepResponse({ ...offer, base_price_fen: offer.base_price_fen, promo_code: newLivePromoCode() })
  },
)
