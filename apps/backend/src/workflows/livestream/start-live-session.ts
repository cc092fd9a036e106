import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { getOwnSessionStep } from "./steps/get-own-session"
import { updateLiveSessionStep } from "./steps/update-live-session"

export type LiveSessionRef = { host_id: string; session_id: string }

/** The host goes live: the session sells from now (starting twice keeps the first start). */
export const startLiveSessionWorkflow = createWorkflow("start-live-session", (input: LiveSessionRef) => {
  const session = getOwnSessionStep(transform({ input }, ({ input }) => ({ ...input, open: true })))
  const update = transform({ session }, ({ session }) => ({
    id: session.id,
    started_at: session.started_at ?? new Date(),
  }))
  return new WorkflowResponse(updateLiveSessionStep(update))
})
