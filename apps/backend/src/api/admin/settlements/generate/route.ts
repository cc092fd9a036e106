import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateSettlementStatements } from "../../../../workflows/settlement/generate-settlement-statements"

type Body = { as_of?: string }

/** Recomputes every open statement now (or as of a given time); paid ones stay as they are. */
export async function POST(req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) {
  const asOf = req.validatedBody.as_of ? new Date(req.validatedBody.as_of) : new Date()
  res.json(await generateSettlementStatements(req.scope, asOf))
}
