import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteReportSubscriptionStep } from "./steps/delete-report-subscription"

/** An official ends one of their own monthly report subscriptions. */
export const deleteReportSubscriptionWorkflow = createWorkflow(
  "delete-report-subscription",
  (input: { official_id: string; id: string }) => new WorkflowResponse(deleteReportSubscriptionStep(input)),
)
