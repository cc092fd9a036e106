import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalLang } from "../../../../queries/cooperative/line-titles"
import { readOwnStatement } from "../own-statement"

/** One of the cooperative's statements with every line (StatementDetailSchema); another's is a 404; line titles in ?lang=zh|en. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await readOwnStatement(req, portalLang(req.query)))
}
