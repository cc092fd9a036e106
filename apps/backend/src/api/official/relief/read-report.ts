import type { MedusaContainer } from "@medusajs/framework/types"
import type { ReportFigures, ReportGrouping } from "@fengshou/relief-core"
import { RELIEF_LEDGER_MODULE } from "../../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../../modules/relief-ledger/service"
import type { OfficialActor } from "../official-actor"
import { regionInScope } from "./region-in-scope"
import { rowLabels } from "./row-labels"

export type ReportParams = { from: string; to: string; region?: string; group_by: ReportGrouping }
export type LabelledRow = ReportFigures & { key: string | null; label: string | null }

export type OfficialReport = {
  region: string
  region_name: string
  region_label: string
  from: string
  to: string
  group_by: ReportGrouping
  totals: ReportFigures
  rows: LabelledRow[]
}

/**
 * The relief report an official may read: the ledger's summary (relief-core's figures) of a region inside their
 * scope, figures exactly as summarised, each row with a readable label. Aggregates only: no household appears.
 */
export async function readReport(
  container: MedusaContainer,
  actor: OfficialActor,
  params: ReportParams,
): Promise<OfficialReport> {
  const region = await regionInScope(actor, params.region)
  const { from, to, group_by } = params
  // Aggregated in PostgreSQL with relief-core's definitions (the module's tests hold it equal to foldReport).
  const report = await container
    .resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
    .summarize({ from, to, region: region.code, group_by })
  const label = await rowLabels(
    container,
    group_by,
    report.rows.map((r) => r.key),
  )
  return {
    region: region.code,
    region_name: region.name,
    region_label: region.label,
    from,
    to,
    group_by,
    totals: report.totals,
    rows: report.rows.map((row) => ({ ...row, label: label(row.key) })),
  }
}
