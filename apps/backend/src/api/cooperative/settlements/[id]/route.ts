import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readOwnStatement } from "../own-statement"

/** One of the cooperative's statements with every line (StatementDetailSchema); another's is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await readOwnStatement(req))
}
