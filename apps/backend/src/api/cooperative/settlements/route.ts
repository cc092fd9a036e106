import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStatements } from "../../../queries/settlement/list-statements"
import { cooperativeActor } from "../cooperative-actor"
import type { ListOwnStatementsQuery } from "./validators"

/** The cooperative's own statements (StatementListSchema), newest period first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const { limit, offset, status, period } = req.validatedQuery as ListOwnStatementsQuery
  const { statements, count } = await listStatements(req.scope, {
    party: "cooperative",
    party_id: cooperativeId,
    status,
    period,
    limit,
    offset,
  })
  res.json({ statements, count, limit, offset })
}
