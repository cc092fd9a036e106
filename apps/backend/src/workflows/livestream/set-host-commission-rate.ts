import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateHostStep } from "./steps/update-host"

/** The operator changes a host's rate; orders already placed keep the rate recorded on their commission entries. */
export const setHostCommissionRateWorkflow = createWorkflow(
  "set-host-commission-rate",
  (input: { id: string; commission_rate_bps: number }) => {
    return new WorkflowResponse(updateHostStep(input))
  },
)
