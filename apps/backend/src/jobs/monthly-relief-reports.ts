import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shanghaiDate } from "@fengshou/relief-core"
import { readReport } from "../queries/official/read-report"
import { env } from "../env"
import type { DivisionNames } from "../lib/divisions/resolve-division"
import { portalUrl } from "../lib/email/links"
import { OFFICIAL_MODULE } from "../modules/official"
import { scopeFromNames } from "../modules/official/region-scope"
import type OfficialModuleService from "../modules/official/service"
import { REPORT_SUBSCRIPTION_MODULE } from "../modules/report-subscription"
import type ReportSubscriptionModuleService from "../modules/report-subscription/service"
import type { OfficialRow } from "../serializers/official/serialize-official"
import { issueMonthlyReportWorkflow } from "../workflows/report-subscription/issue-monthly-report"

/** "2026-11" → { from: "2026-11-01", to: "2026-11-30" }. */
export function monthPeriod(month: string): { from: string; to: string } {
  const [year, m] = month.split("-").map(Number) as [number, number]
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` }
}

/** The month before the one `now` falls in, in China time: on 2026-12-01 (Shanghai) that is "2026-11". */
export function previousMonth(now: Date): string {
  const [year, month] = shanghaiDate(now).split("-").map(Number) as [number, number]
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`
}

/**
 * Issues `month`'s report for every subscription that lacks it: the official's report (readReport, the same figures
 * as the dashboard) stored and mailed. A subscription whose official is disabled, or whose region has left the
 * official's scope, is skipped and logged. Returns how many reports it issued.
 */
export async function issueMonthlyReports(container: MedusaContainer, month: string): Promise<{ issued: number }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const subscriptions = container.resolve<ReportSubscriptionModuleService>(REPORT_SUBSCRIPTION_MODULE)
  const officials = container.resolve<OfficialModuleService>(OFFICIAL_MODULE)
  const { from, to } = monthPeriod(month)
  const done = new Set(
    (await subscriptions.listMonthlyReports({ period_from: from }, { select: ["subscription_id"], take: null })).map(
      (r) => (r as unknown as { subscription_id: string }).subscription_id,
    ),
  )
  const due = (await subscriptions.listReportSubscriptions({}, { take: null })).filter((s) => !done.has(s.id))
  let issued = 0
  for (const subscription of due) {
    const [official] = await officials.listOfficials({ id: subscription.official_id, status: "active" })
    if (!official) continue
    const row = official as OfficialRow
    const actor = { official: row, scope: scopeFromNames(row.region_code, row.region as DivisionNames) }
    try {
      const params = { from, to, region: subscription.region_code, group_by: subscription.group_by }
      const report = await readReport(container, actor, { ...params, lang: subscription.lang })
      const locale = subscription.lang === "en" ? "en" : "zh-CN"
      await issueMonthlyReportWorkflow(container).run({
        input: {
          subscription_id: subscription.id,
          official_id: row.id,
          period_from: from,
          period_to: to,
          report: report as unknown as Record<string, unknown>,
          email: {
            to: row.email,
            data: {
              locale,
              name: row.name,
              region_label: report.region_label,
              from,
              to,
              totals: report.totals,
              console_url: portalUrl(env.STOREFRONT_URL, "official", locale),
            },
          },
        },
      })
      issued += 1
    } catch (error) {
      logger.warn(`Monthly relief report ${month} for subscription ${subscription.id} not issued: ${String(error)}`)
    }
  }
  return { issued }
}

/** Hourly; on the 1st (China time) it issues the previous month's reports that are still missing. */
export default async function monthlyReliefReportsJob(container: MedusaContainer) {
  const now = new Date()
  if (!shanghaiDate(now).endsWith("-01")) return
  await issueMonthlyReports(container, previousMonth(now))
}

// Hourly rather than once at midnight: the server's clock is UTC, China's 1st begins at 16:00 UTC the day before,
// and a run missed while the server was down is made up within the hour, on the same day.
export const config = { name: "monthly-relief-reports", schedule: "20 * * * *" }
