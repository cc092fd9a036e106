import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { officialActor } from "../../../../../official-actor"
import { exportFileName } from "../../../../export/report-table"
import { reportToCsv } from "../../../../export/to-csv"
import { readOwnReport } from "../../../read-own"

/** The issued report as CSV (the export's columns), from the figures stored when it was generated. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const report = await readOwnReport(req.scope, officialActor(req).official.id, req.params.id!)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${exportFileName(report, "csv")}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(reportToCsv(report, report.lang))
}
