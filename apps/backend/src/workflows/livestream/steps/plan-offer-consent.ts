import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  consentNeeded,
  limitsBroken,
  nextConsent,
  offerSells,
  type ConsentStatus,
} from "../../../lib/livestream/consent"
import { readVariantOffer } from "../../../queries/livestream/read-variant-offer"

export type PlanOfferConsentInput = {
  variant_id: string
  live_price_fen: number
  stock_cap: number
  current: {
    consent_status: string
    approved_price_fen: number | null
    approved_cap: number | null
    paused_reason: string | null
  }
}

/**
 * The consent an offer's new figures need (read-only): against the size's floor and largest cap as the cooperative set
 * them now; an approval holds only for the figures approved. Also whether its promotion may then be active.
 */
export const planOfferConsentStep = createStep(
  "plan-live-offer-consent",
  async (input: PlanOfferConsentInput, { container }) => {
    const variant = await readVariantOffer(container, input.variant_id)
    const offer = { live_price_fen: input.live_price_fen, stock_cap: input.stock_cap }
    const note = consentNeeded(offer, variant?.metadata)
    const status: ConsentStatus = nextConsent(
      note,
      {
        status: input.current.consent_status as ConsentStatus,
        approved_price_fen: input.current.approved_price_fen,
        approved_cap: input.current.approved_cap,
      },
      offer,
    )
    const changed = status !== input.current.consent_status
    return new StepResponse({
      consent_status: status,
      consent_note: note,
      ...limitsBroken(offer, variant?.metadata),
      // A new request clears an old decline's reason.
      ...(changed ? { consent_reason: null } : {}),
      promotion_active: offerSells({ consent_status: status, paused_reason: input.current.paused_reason }),
    })
  },
)
