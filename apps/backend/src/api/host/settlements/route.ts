import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStatements } from "../../../queries/settlement/list-statements"
import { hostActor } from "../host-actor"
import type { ListOwnStatementsQuery } from "./validators"

/** The host's own commission statements (StatementListSchema), newest period first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const host = hostActor(req)
  const { limit, offset, status, period } = req.validatedQuery as ListOwnStatementsQuery
  const { statements, count } = await listStatements(req.scope, {
    party: "host",
    party_id: host.id,
    status,
    period,
    limit,
    offset,
  })
  res.json({ statements, count, limit, offset })
}
