import { MedusaService } from "@medusajs/framework/utils"
import { MonthlyReport } from "./models/monthly-report"
import { ReportSubscription } from "./models/report-subscription"

/** Generated CRUD only; subscribing and issuing a month's report are workflows (workflows/report-subscription). */
export default class ReportSubscriptionModuleService extends MedusaService({ ReportSubscription, MonthlyReport }) {}
