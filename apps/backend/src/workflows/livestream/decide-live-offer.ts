import { MedusaError, PromotionStatus } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updatePromotionsStep } from "@medusajs/medusa/core-flows"
import { offerSells } from "../../lib/livestream/consent"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"
import { productCooperativeId } from "../../queries/cooperative/cooperative-products"

export type DecideLiveOfferInput = {
  cooperative_id: string
  offer_id: string
  decision: "approve" | "decline"
  reason?: string | null
}

/** The offer, if it is of one of this cooperative's products, in a session that has not ended, and waiting (read-only). */
const getOfferToDecideStep = createStep(
  "get-live-offer-to-decide",
  async (input: DecideLiveOfferInput, { container }) => {
    const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const [offer] = await live.listSessionProducts({ id: input.offer_id }, { relations: ["session"] })
    // Another cooperative's offer is "not found", like an id that does not exist.
    if (!offer || (await productCooperativeId(container, offer.product_id)) !== input.cooperative_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Live offer ${input.offer_id} was not found for your cooperative`,
      )
    }
    if (offer.session.ended_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The live session "${offer.session.title}" has ended; there is nothing to decide.`,
      )
    }
    if (offer.consent_status === "not_needed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${offer.product_title} ${offer.variant_title} is inside your floor and cap and needs no approval.`,
      )
    }
    return new StepResponse(offer)
  },
)

const recordDecisionStep = createStep(
  "record-live-offer-decision",
  async (input: { id: string; update: Record<string, unknown>; before: Record<string, unknown> }, { container }) => {
    const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const [updated] = await live.updateSessionProducts([{ id: input.id, ...input.update }])
    return new StepResponse(updated!, { id: input.id, ...input.before })
  },
  async (before, { container }) => {
    if (before) await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).updateSessionProducts([before])
  },
)

/**
 * The cooperative approves or declines (with a reason) a host's live offer outside its floor or cap. Approval holds for
 * these figures (a later change outside the limits asks again) and activates the promotion unless the offer is paused;
 * a decline keeps it off sale, and the host reads the reason in the console.
 */
export const decideLiveOfferWorkflow = createWorkflow("decide-live-offer", (input: DecideLiveOfferInput) => {
  const offer = getOfferToDecideStep(input)
  const decided = transform({ input, offer }, ({ input, offer }) => {
    const update =
      input.decision === "approve"
        ? {
            consent_status: "approved",
            consent_reason: null,
            approved_price_fen: offer.live_price_fen,
            approved_cap: offer.stock_cap,
          }
        : {
            consent_status: "declined",
            consent_reason: input.reason ?? null,
            approved_price_fen: null,
            approved_cap: null,
          }
    return {
      id: offer.id,
      update,
      before: {
        consent_status: offer.consent_status,
        consent_reason: offer.consent_reason,
        approved_price_fen: offer.approved_price_fen,
        approved_cap: offer.approved_cap,
      },
      promotion: {
        id: offer.promotion_id,
        status: offerSells({ consent_status: update.consent_status, paused_reason: offer.paused_reason })
          ? PromotionStatus.ACTIVE
          : PromotionStatus.INACTIVE,
      },
    }
  })
  updatePromotionsStep(transform({ decided }, ({ decided }) => [decided.promotion]))
  return new WorkflowResponse(recordDecisionStep(decided))
})
