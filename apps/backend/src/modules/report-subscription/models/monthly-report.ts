import { model } from "@medusajs/framework/utils"
import { ReportSubscription } from "./report-subscription"

/**
 * One month's report issued for a subscription: the period, when it was generated, the report exactly as it read
 * then (figures and labelled rows, aggregates only: no household) and when its email went out. One per month.
 */
export const MonthlyReport = model
  .define("monthly_report", {
    id: model.id({ prefix: "mrep" }).primaryKey(),
    official_id: model.text(),
    period_from: model.text(),
    period_to: model.text(),
    generated_at: model.dateTime(),
    report: model.json(),
    emailed_at: model.dateTime().nullable(),
    subscription: model.belongsTo(() => ReportSubscription, { mappedBy: "reports" }),
  })
  .indexes([
    { on: ["official_id"] },
    { on: ["subscription_id", "period_from"], unique: true, where: "deleted_at IS NULL" },
  ])
