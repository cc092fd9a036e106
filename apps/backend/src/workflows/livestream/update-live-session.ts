import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateSessionBody } from "@fengshou/live-contract"
import { checkSessionScheduleStep } from "./steps/check-session-schedule"
import { getOwnSessionStep } from "./steps/get-own-session"
import { updateLiveSessionStep } from "./steps/update-live-session"

export type UpdateLiveSessionWorkflowInput = { host_id: string; session_id: string; update: UpdateSessionBody }

/** A host edits a session's title, platform or schedule until it ends. */
export const updateLiveSessionWorkflow = createWorkflow(
  "update-live-session",
  (input: UpdateLiveSessionWorkflowInput) => {
    const session = getOwnSessionStep(
      transform({ input }, ({ input }) => ({ host_id: input.host_id, session_id: input.session_id, open: true })),
    )
    // The schedule is checked as it will be: the update over what the session holds now.
    checkSessionScheduleStep(
      transform({ input, session }, ({ input, session }) => ({
        scheduled_start_at: input.update.scheduled_start_at ?? session.scheduled_start_at,
        scheduled_end_at:
          input.update.scheduled_end_at === undefined ? session.scheduled_end_at : input.update.scheduled_end_at,
      })),
    )
    return new WorkflowResponse(
      updateLiveSessionStep(transform({ input }, ({ input }) => ({ id: input.session_id, ...input.update }))),
    )
  },
)
