import type { MedusaContainer } from "@medusajs/framework/types"
import type { ReportGrouping } from "@fengshou/relief-core"
import {
  compareFigures,
  issuedFigures,
  type FigureDifference,
  type IssuedFigures,
} from "../../lib/report-verification/report-fingerprint"
import { RELIEF_LEDGER_MODULE } from "../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../modules/relief-ledger/service"
import { REPORT_VERIFICATION_MODULE } from "../../modules/report-verification"
import type ReportVerificationModuleService from "../../modules/report-verification/service"

export type ReportVerificationCheck = {
  code: string
  issued_at: string
  organisation: string
  region: string
  region_label: string
  from: string
  to: string
  group_by: string
  lang: string
  status: "matches" | "changed"
  differences: FigureDifference[]
}

/**
 * An issued report checked against the ledger today: the same summary for the record's region, period and grouping,
 * compared figure by figure with what was issued. Null for a code nobody issued.
 */
export async function checkReportVerification(
  container: MedusaContainer,
  code: string,
): Promise<ReportVerificationCheck | null> {
  const service = container.resolve<ReportVerificationModuleService>(REPORT_VERIFICATION_MODULE)
  const [record] = await service.listReportVerifications({ code })
  if (!record) return null
  const now = await container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE).summarize({
    from: record.period_from,
    to: record.period_to,
    region: record.region,
    group_by: record.group_by as ReportGrouping,
  })
  const differences = compareFigures(record.figures as unknown as IssuedFigures, issuedFigures(now))
  return {
    code: record.code,
    issued_at: new Date(record.issued_at).toISOString(),
    organisation: record.organisation,
    region: record.region,
    region_label: record.region_label,
    from: record.period_from,
    to: record.period_to,
    group_by: record.group_by,
    lang: record.lang,
    status: differences.length === 0 ? "matches" : "changed",
    differences,
  }
}
