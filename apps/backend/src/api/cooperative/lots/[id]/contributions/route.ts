import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addContributionsWorkflow } from "../../../../../workflows/cooperative/add-contributions"
import { cooperativeActor } from "../../../cooperative-actor"
import type { AddContributionsBody } from "../../../validators"
import { readOwnLot } from "../../read-own-lot"

export async function POST(req: AuthenticatedMedusaRequest<AddContributionsBody>, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  await addContributionsWorkflow(req.scope).run({
    input: { cooperative_id: cooperativeId, lot_id: req.params.id!, contributions: req.validatedBody.contributions },
  })
  res.status(201).json({ lot: await readOwnLot(req.scope, cooperativeId, req.params.id!) })
}
