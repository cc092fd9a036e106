import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalLang } from "../../../../queries/cooperative/line-titles"
import { readOwnReturn } from "../../../../queries/cooperative/return-actions"
import { cooperativeActor } from "../../cooperative-actor"
import { refuse } from "../../read/refuse"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const lang = portalLang(req.query)
  const found = await readOwnReturn(req.scope, cooperativeActor(req).cooperativeId, req.params.id!, lang)
  if (!found) return refuse(res, 404, `Return ${req.params.id} was not found among your returns`)
  res.json({ return: found })
}
