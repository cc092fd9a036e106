import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readStatementDetail } from "../../../../queries/settlement/read-statement"

/** One statement with its lines. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const detail = await readStatementDetail(req.scope, req.params.id!)
  if (!detail) throw new MedusaError(MedusaError.Types.NOT_FOUND, `settlement statement ${req.params.id} was not found`)
  res.json(detail)
}
