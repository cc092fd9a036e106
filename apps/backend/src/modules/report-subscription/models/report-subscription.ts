import { model } from "@medusajs/framework/utils"
import { REPORT_GROUPINGS, REPORT_LANGS } from "@fengshou/relief-core"
import { MonthlyReport } from "./monthly-report"

/**
 * An official's standing order for the previous month's relief report, issued on the 1st (China time): a region
 * inside their scope, grouped and written as they chose. `official_id` is the official module's id (no link: the
 * official module knows nothing of subscriptions, and a route only ever reads its caller's own).
 */
export const ReportSubscription = model
  .define("report_subscription", {
    id: model.id({ prefix: "rsub" }).primaryKey(),
    official_id: model.text(),
    region_code: model.text(),
    group_by: model.enum([...REPORT_GROUPINGS]),
    lang: model.enum([...REPORT_LANGS]),
    reports: model.hasMany(() => MonthlyReport, { mappedBy: "subscription" }),
  })
  .indexes([{ on: ["official_id"] }])
