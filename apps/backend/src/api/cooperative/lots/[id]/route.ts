import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeActor } from "../../cooperative-actor"
import { readOwnLot } from "../read-own-lot"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ lot: await readOwnLot(req.scope, cooperativeActor(req).cooperativeId, req.params.id!) })
}
