import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StatementDetail } from "@fengshou/store-contract"
import { readStatementDetail } from "../../../queries/settlement/read-statement"
import { cooperativeActor } from "../cooperative-actor"

/** The statement named in the path, if it is this cooperative's; anyone else's (or none) is the same 404. */
export async function readOwnStatement(req: AuthenticatedMedusaRequest): Promise<StatementDetail> {
  const { cooperativeId } = cooperativeActor(req)
  const detail = await readStatementDetail(req.scope, req.params.id!)
  if (!detail || detail.statement.party !== "cooperative" || detail.statement.party_id !== cooperativeId)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Statement ${req.params.id} was not found in your cooperative`)
  return detail
}
