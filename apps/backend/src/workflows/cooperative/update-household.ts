import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateHouseholdStep, type UpdateHouseholdInput } from "./steps/update-household"

/** Edits one household of the signed-in cooperative. */
export const updateHouseholdWorkflow = createWorkflow("update-household", (input: UpdateHouseholdInput) => {
  return new WorkflowResponse(updateHouseholdStep(input))
})
