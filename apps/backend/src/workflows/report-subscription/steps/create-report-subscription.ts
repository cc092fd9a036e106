import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReportGrouping, ReportLang } from "@fengshou/relief-core"
import { REPORT_SUBSCRIPTION_MODULE } from "../../../modules/report-subscription"
import type ReportSubscriptionModuleService from "../../../modules/report-subscription/service"

export type CreateReportSubscriptionInput = {
  official_id: string
  region_code: string
  group_by: ReportGrouping
  lang: ReportLang
}

/** Subscribes an official to a monthly report; the same region, grouping and language twice is a 400. */
export const createReportSubscriptionStep = createStep(
  "create-report-subscription",
  async (input: CreateReportSubscriptionInput, { container }) => {
    const service = container.resolve<ReportSubscriptionModuleService>(REPORT_SUBSCRIPTION_MODULE)
    const [existing] = await service.listReportSubscriptions(input, { select: ["id"] })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `you already subscribe to the monthly report of ${input.region_code} by ${input.group_by} in ${input.lang} (${existing.id}); choose another region, grouping or language`,
      )
    }
    const created = await service.createReportSubscriptions(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ReportSubscriptionModuleService>(REPORT_SUBSCRIPTION_MODULE).deleteReportSubscriptions(id)
  },
)
