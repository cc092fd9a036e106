import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCertificationStep } from "./steps/delete-certification"

/** Removes one certification from the signed-in cooperative's profile. */
export const deleteCertificationWorkflow = createWorkflow(
  "delete-certification",
  (input: { cooperative_id: string; id: string }) => {
    return new WorkflowResponse(deleteCertificationStep(input))
  },
)
