import type { MedusaContainer } from "@medusajs/framework/types"
import {
  comparePeriods,
  type Period,
  type ReliefReport,
  type ReportFigures,
  type ReportGrouping,
  type ReportLang,
} from "@fengshou/relief-core"
import { RELIEF_LEDGER_MODULE } from "../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../modules/relief-ledger/service"
import type { OfficialActor } from "./official-actor"
import { regionInScope } from "./region-in-scope"
import { regionNamesIn, rowLabels } from "./row-labels"

export type ReportParams = { from: string; to: string; region?: string; group_by: ReportGrouping; lang?: ReportLang }
export type LabelledRow = ReportFigures & { key: string | null; label: string | null }
/** An earlier period's report: exactly what readReport gives for its from..to (same region and grouping). */
export type ComparedReport = Period & { totals: ReportFigures; rows: LabelledRow[] }

export type OfficialReport = {
  region: string
  region_name: string
  region_label: string
  from: string
  to: string
  group_by: ReportGrouping
  lang: ReportLang
  totals: ReportFigures
  rows: LabelledRow[]
  /** 环比 (relief-core's periodBefore) and 同比 (yearEarlier). */
  compare: { previous: ComparedReport; year_earlier: ComparedReport }
}

/**
 * The relief report an official may read: the ledger's summary (relief-core's figures) of a region inside their
 * scope, beside the same summary for the period before and a year earlier, each row with a readable label in the
 * official's language. Aggregates only: no household appears.
 */
export async function readReport(
  container: MedusaContainer,
  actor: OfficialActor,
  params: ReportParams,
): Promise<OfficialReport> {
  const { from, to, group_by } = params
  const lang = params.lang ?? "zh"
  const region = await regionInScope(actor, params.region, lang)
  const periods = comparePeriods(from, to)
  const ledger = container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
  // Aggregated from the module's in-memory column copy of the ledger (report-cache.ts), so three periods cost
  // three folds, not three scans; the module's tests hold it equal to relief-core's foldReport.
  const summarize = (period: Period) => ledger.summarize({ ...period, region: region.code, group_by })
  const current = await summarize({ from, to })
  const previous = await summarize(periods.previous)
  const yearEarlier = await summarize(periods.year_earlier)
  const keys = [current, previous, yearEarlier].flatMap((report) => report.rows.map((r) => r.key))
  const label = await rowLabels(container, group_by, keys, lang)
  const labelled = (report: ReliefReport) => report.rows.map((row) => ({ ...row, label: label(row.key) }))
  const names = regionNamesIn(region, lang)
  return {
    region: region.code,
    region_name: names.name,
    region_label: names.label,
    from,
    to,
    group_by,
    lang,
    totals: current.totals,
    rows: labelled(current),
    compare: {
      previous: { ...periods.previous, totals: previous.totals, rows: labelled(previous) },
      year_earlier: { ...periods.year_earlier, totals: yearEarlier.totals, rows: labelled(yearEarlier) },
    },
  }
}
