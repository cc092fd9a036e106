import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { officialActor } from "../../official-actor"
import type { ReliefReportParams } from "../../validators"
import { readReport } from "../../../../queries/official/read-report"

/**
 * `{ region, from, to, group_by, lang, totals, rows, compare: { previous, year_earlier } }` for a period and a
 * region inside the official's scope, labels in `lang`.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await readReport(req.scope, officialActor(req), req.validatedQuery as ReliefReportParams))
}
