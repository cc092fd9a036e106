import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { officialActor } from "../../official-actor"
import type { ExportFormat, ReliefExportParams } from "../../validators"
import { readReport, type OfficialReport } from "../read-report"
import { exportFileName } from "./report-table"
import { reportToCsv } from "./to-csv"
import { reportToPdf } from "./to-pdf"
import { reportToXlsx } from "./to-xlsx"

const FORMATS: Record<ExportFormat, { type: string; render: (r: OfficialReport) => Buffer | Promise<Buffer> }> = {
  csv: { type: "text/csv; charset=utf-8", render: reportToCsv },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", render: reportToXlsx },
  pdf: { type: "application/pdf", render: (r) => reportToPdf(r) },
}

/** The summary's report as a download: CSV, XLSX or PDF, with exactly the summary's figures. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { format, ...params } = req.validatedQuery as ReliefExportParams
  const report = await readReport(req.scope, officialActor(req), params)
  const { type, render } = FORMATS[format]
  const body = await render(report)
  res.setHeader("Content-Type", type)
  res.setHeader("Content-Disposition", `attachment; filename="${exportFileName(report, format)}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(body)
}
