import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { statementFile } from "../../../../../serializers/settlement/statement-file"
import { readOwnStatement } from "../../own-statement"
import type { StatementDocumentParams } from "../../validators"

/** The statement as a PDF download (zh, or en on ?lang=en), named by its number; another cooperative's is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { lang } = req.validatedQuery as StatementDocumentParams
  const file = await statementFile(await readOwnStatement(req, lang), "pdf", lang)
  res.set(file.headers).status(200).send(file.body)
}
