import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createReportSubscriptionStep, type CreateReportSubscriptionInput } from "./steps/create-report-subscription"

/** An official subscribes to the monthly report of a region in their scope (the route checked the scope). */
export const createReportSubscriptionWorkflow = createWorkflow(
  "create-report-subscription",
  (input: CreateReportSubscriptionInput) => new WorkflowResponse(createReportSubscriptionStep(input)),
)
