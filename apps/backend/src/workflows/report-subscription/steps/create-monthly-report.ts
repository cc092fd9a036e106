import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_SUBSCRIPTION_MODULE } from "../../../modules/report-subscription"
import type ReportSubscriptionModuleService from "../../../modules/report-subscription/service"

export type CreateMonthlyReportInput = {
  subscription_id: string
  official_id: string
  period_from: string
  period_to: string
  report: Record<string, unknown>
}

/** Stores a month's report for a subscription, stamped with the time it was generated. */
export const createMonthlyReportStep = createStep(
  "create-monthly-report",
  async (input: CreateMonthlyReportInput, { container }) => {
    const service = container.resolve<ReportSubscriptionModuleService>(REPORT_SUBSCRIPTION_MODULE)
    const created = await service.createMonthlyReports({ ...input, generated_at: new Date() })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ReportSubscriptionModuleService>(REPORT_SUBSCRIPTION_MODULE).deleteMonthlyReports(id)
  },
)
