import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { env } from "../../../../env"
import { issuedFigures } from "../../../../lib/report-verification/report-fingerprint"
import { issueReportVerificationWorkflow } from "../../../../workflows/report-verification/issue-report-verification"
import { officialActor } from "../../official-actor"
import type { ReliefExportParams } from "../../validators"
import { readReport } from "../../../../queries/official/read-report"
import { exportFileName, type ExportInput } from "./report-table"
import { reportToCsv } from "./to-csv"
import { reportToPdf } from "./to-pdf"
import { reportToXlsx } from "./to-xlsx"

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const

/**
 * The summary's report as a download: CSV, XLSX or PDF, with exactly the summary's figures. An XLSX or PDF is
 * issued: its figures are recorded under a verification code it carries, with the month trend and channel split
 * (the same scope and period) for its charts. Its code is also in the `X-Report-Verification-Code` header.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { format, ...params } = req.validatedQuery as ReliefExportParams
  const actor = officialActor(req)
  const report = await readReport(req.scope, actor, params)
  const { lang } = report
  let body: Buffer
  if (format === "csv") {
    body = reportToCsv(report, lang)
  } else {
    const [trend, channels] = await Promise.all(
      (["month", "channel"] as const).map((group_by) =>
        group_by === params.group_by ? report : readReport(req.scope, actor, { ...params, group_by }),
      ),
    )
    const { result: record } = await issueReportVerificationWorkflow(req.scope).run({
      input: {
        official_id: actor.official.id,
        organisation: actor.official.organisation,
        region: report.region,
        region_label: report.region_label,
        from: report.from,
        to: report.to,
        group_by: report.group_by,
        lang,
        format,
        figures: issuedFigures(report),
      },
    })
    const url = `${env.STOREFRONT_URL}${lang === "en" ? "/en" : ""}/verify/${record.code}`
    const input: ExportInput = {
      report,
      lang,
      trend: trend!,
      channels: channels!,
      issue: { code: record.code, organisation: record.organisation, issued_at: new Date(record.issued_at), url },
    }
    body = format === "xlsx" ? await reportToXlsx(input) : await reportToPdf(input)
    // The code the file carries, for tools that would rather not read it out of the PDF or the workbook.
    res.setHeader("X-Report-Verification-Code", record.code)
  }
  res.setHeader("Content-Type", TYPES[format])
  res.setHeader("Content-Disposition", `attachment; filename="${exportFileName(report, format)}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(body)
}
