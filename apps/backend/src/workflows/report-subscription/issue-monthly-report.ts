import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { EmailData } from "../../lib/email/render-email"
import { createMonthlyReportStep, type CreateMonthlyReportInput } from "./steps/create-monthly-report"
import { markReportEmailedStep } from "./steps/mark-report-emailed"

export type IssueMonthlyReportInput = CreateMonthlyReportInput & {
  email: { to: string; data: EmailData<"relief-monthly-report"> }
}

/** Stores a subscription's report for one month and mails its totals to the official, once per month. */
export const issueMonthlyReportWorkflow = createWorkflow("issue-monthly-report", (input: IssueMonthlyReportInput) => {
  const stored = createMonthlyReportStep(
    transform({ input }, ({ input }) => ({
      subscription_id: input.subscription_id,
      official_id: input.official_id,
      period_from: input.period_from,
      period_to: input.period_to,
      report: input.report,
    })),
  )
  sendNotificationsStep(
    transform({ input, stored }, ({ input, stored }) => [
      {
        to: input.email.to,
        channel: "email",
        template: "relief-monthly-report",
        trigger_type: "relief.monthly_report",
        resource_id: stored.id,
        resource_type: "monthly_report",
        idempotency_key: `relief-monthly-report:${input.subscription_id}:${input.period_from}`,
        data: input.email.data,
      },
    ]),
  )
  return new WorkflowResponse(markReportEmailedStep(transform({ stored }, ({ stored }) => stored.id)))
})
