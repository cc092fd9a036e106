import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORT_SUBSCRIPTION_MODULE } from "../../../modules/report-subscription"
import type ReportSubscriptionModuleService from "../../../modules/report-subscription/service"

/**
 * Ends one of the official's own subscriptions (soft delete; the reports already issued stay listed). Another
 * official's subscription is a 404, as one that does not exist: whether it exists is not theirs to learn.
 */
export const deleteReportSubscriptionStep = createStep(
  "delete-report-subscription",
  async (input: { official_id: string; id: string }, { container }) => {
    const service = container.resolve<ReportSubscriptionModuleService>(REPORT_SUBSCRIPTION_MODULE)
    const [own] = await service.listReportSubscriptions(input, { select: ["id"] })
    if (!own) throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no report subscription ${input.id}`)
    await service.softDeleteReportSubscriptions(own.id)
    return new StepResponse(own.id, own.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ReportSubscriptionModuleService>(REPORT_SUBSCRIPTION_MODULE).restoreReportSubscriptions(id)
  },
)
