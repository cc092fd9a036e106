import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateOfficialStatusStep, type UpdateOfficialStatusInput } from "./steps/update-official-status"

/** The operator disables an official (every /official route then answers 403) or enables them again. */
export const setOfficialStatusWorkflow = createWorkflow("set-official-status", (input: UpdateOfficialStatusInput) => {
  return new WorkflowResponse(updateOfficialStatusStep(input))
})
