import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkSessionScheduleStep } from "./steps/check-session-schedule"
import { createLiveSessionStep, type CreateLiveSessionInput } from "./steps/create-live-session"

/** A host plans a session: title, platform and schedule; products and links are added to it afterwards. */
export const createLiveSessionWorkflow = createWorkflow("create-live-session", (input: CreateLiveSessionInput) => {
  checkSessionScheduleStep(input)
  return new WorkflowResponse(createLiveSessionStep(input))
})
