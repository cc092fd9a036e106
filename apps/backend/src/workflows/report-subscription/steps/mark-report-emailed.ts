import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_SUBSCRIPTION_MODULE } from "../../../modules/report-subscription"
import type ReportSubscriptionModuleService from "../../../modules/report-subscription/service"

/** Records when the report's email went to the Notification Module. */
export const markReportEmailedStep = createStep(
  "mark-report-emailed",
  async (id: string, { container }) => {
    const service = container.resolve<ReportSubscriptionModuleService>(REPORT_SUBSCRIPTION_MODULE)
    const updated = await service.updateMonthlyReports({ id, emailed_at: new Date() })
    return new StepResponse(updated, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<ReportSubscriptionModuleService>(REPORT_SUBSCRIPTION_MODULE)
      .updateMonthlyReports({ id, emailed_at: null })
  },
)
