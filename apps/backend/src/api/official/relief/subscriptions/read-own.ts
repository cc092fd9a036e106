import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { ReportGrouping, ReportLang } from "@fengshou/relief-core"
import { describeRegion } from "../../../../modules/official/region-scope"
import { REPORT_SUBSCRIPTION_MODULE } from "../../../../modules/report-subscription"
import type ReportSubscriptionModuleService from "../../../../modules/report-subscription/service"
import type { OfficialReport } from "../../../../queries/official/read-report"

type SubscriptionRow = {
  id: string
  region_code: string
  group_by: ReportGrouping
  lang: ReportLang
  created_at: Date | string
}
type ReportRow = {
  id: string
  period_from: string
  period_to: string
  generated_at: Date | string
  emailed_at: Date | string | null
  report: OfficialReport
  subscription_id: string
}

const iso = (d: Date | string) => new Date(d).toISOString()
const service = (container: MedusaContainer) =>
  container.resolve<ReportSubscriptionModuleService>(REPORT_SUBSCRIPTION_MODULE)

export async function serializeSubscription(row: SubscriptionRow) {
  const region = await describeRegion(row.region_code)
  return {
    id: row.id,
    region: row.region_code,
    region_label: region?.label ?? row.region_code,
    group_by: row.group_by,
    lang: row.lang,
    created_at: iso(row.created_at),
  }
}

/** The official's own subscriptions, newest first. */
export async function listOwnSubscriptions(container: MedusaContainer, officialId: string) {
  const rows = await service(container).listReportSubscriptions(
    { official_id: officialId },
    { order: { created_at: "DESC" }, take: null },
  )
  return Promise.all((rows as unknown as SubscriptionRow[]).map(serializeSubscription))
}

const toEntry = (row: ReportRow) => ({
  id: row.id,
  subscription_id: row.subscription_id,
  region: row.report.region,
  region_label: row.report.region_label,
  group_by: row.report.group_by,
  lang: row.report.lang,
  from: row.period_from,
  to: row.period_to,
  generated_at: iso(row.generated_at),
  emailed_at: row.emailed_at ? iso(row.emailed_at) : null,
  totals: row.report.totals,
})

/** The reports issued to the official, newest period first (those of ended subscriptions too). */
export async function listOwnReports(container: MedusaContainer, officialId: string) {
  const rows = await service(container).listMonthlyReports(
    { official_id: officialId },
    { order: { period_from: "DESC" }, take: null },
  )
  return (rows as unknown as ReportRow[]).map(toEntry)
}

/** One of the official's issued reports as stored; another official's, or none, is a 404. */
export async function readOwnReport(container: MedusaContainer, officialId: string, id: string) {
  const [row] = await service(container).listMonthlyReports(
    { id, official_id: officialId },
    { select: ["id", "report"] },
  )
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no monthly report ${id}`)
  return (row as unknown as { report: OfficialReport }).report
}
