import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readOwnStatement } from "../own-statement"

/** One of the host's statements with every commission line (StatementDetailSchema); another host's is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await readOwnStatement(req))
}
