import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStatements } from "../../../queries/settlement/list-statements"
import type { AdminListSettlementsQuery } from "./validators"

/** Every statement (cooperatives' and hosts'), newest month first, filtered by party, status and month. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery as AdminListSettlementsQuery
  const { statements, count } = await listStatements(req.scope, { ...filters, limit, offset })
  res.json({ statements, count, limit, offset })
}
