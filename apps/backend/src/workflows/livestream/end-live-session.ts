import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePromotionsStep } from "@medusajs/medusa/core-flows"
import { getOwnSessionStep } from "./steps/get-own-session"
import { updateLiveSessionStep } from "./steps/update-live-session"
import type { LiveSessionRef } from "./start-live-session"

/**
 * The host ends the session: it stops selling, and each of its promotions turns inactive so no new cart gets a
 * live price (a cart that already holds the code loses it at its next refresh).
 */
export const endLiveSessionWorkflow = createWorkflow("end-live-session", (input: LiveSessionRef) => {
  const session = getOwnSessionStep(transform({ input }, ({ input }) => ({ ...input, open: true })))
  updatePromotionsStep(
    transform({ session }, ({ session }) =>
      session.products.map((p) => ({ id: p.promotion_id, status: "inactive" as const })),
    ),
  )
  const update = transform({ session }, ({ session }) => ({ id: session.id, ended_at: new Date() }))
  return new WorkflowResponse(updateLiveSessionStep(update))
})
