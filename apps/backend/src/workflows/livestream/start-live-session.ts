import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkOffersConsentedStep } from "./steps/check-offers-consented"
import { getOwnSessionStep } from "./steps/get-own-session"
import { updateLiveSessionStep } from "./steps/update-live-session"

export type LiveSessionRef = { host_id: string; session_id: string }

/**
 * The host goes live: the session sells from now (starting twice keeps the first start), once the cooperative has
 * approved every offer outside its floor or cap.
 */
export const startLiveSessionWorkflow = createWorkflow("start-live-session", (input: LiveSessionRef) => {
  const session = getOwnSessionStep(transform({ input }, ({ input }) => ({ ...input, open: true })))
  checkOffersConsentedStep(transform({ session }, ({ session }) => ({ products: session.products })))
  const update = transform({ session }, ({ session }) => ({
    id: session.id,
    started_at: session.started_at ?? new Date(),
  }))
  return new WorkflowResponse(updateLiveSessionStep(update))
})
