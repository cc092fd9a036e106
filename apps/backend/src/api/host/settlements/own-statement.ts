import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StatementDetail } from "@fengshou/store-contract"
import { readStatementDetail } from "../../../queries/settlement/read-statement"
import { hostActor } from "../host-actor"

/** The statement named in the path, if it is this host's; anyone else's (or none) is the same 404. */
export async function readOwnStatement(req: AuthenticatedMedusaRequest): Promise<StatementDetail> {
  const host = hostActor(req)
  const detail = await readStatementDetail(req.scope, req.params.id!)
  if (!detail || detail.statement.party !== "host" || detail.statement.party_id !== host.id)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Statement ${req.params.id} was not found among yours`)
  return detail
}
