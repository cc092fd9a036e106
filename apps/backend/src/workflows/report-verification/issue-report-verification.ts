import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createReportVerificationStep, type IssueReportVerificationInput } from "./steps/create-report-verification"

/** An XLSX or PDF export is issued: its figures are recorded under a verification code printed on it. */
export const issueReportVerificationWorkflow = createWorkflow(
  "issue-report-verification",
  (input: IssueReportVerificationInput) => new WorkflowResponse(createReportVerificationStep(input)),
)
