import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCooperativeProfileWorkflow } from "../../../workflows/cooperative/update-cooperative-profile"
import { cooperativeActor } from "../cooperative-actor"
import type { UpdateCooperativeProfileBody } from "../validators"
import { readProfile } from "./read-profile"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId, staffId } = cooperativeActor(req)
  res.json(await readProfile(req.scope, cooperativeId, staffId))
}

export async function POST(req: AuthenticatedMedusaRequest<UpdateCooperativeProfileBody>, res: MedusaResponse) {
  const { cooperativeId, staffId } = cooperativeActor(req)
  await updateCooperativeProfileWorkflow(req.scope).run({ input: { id: cooperativeId, update: req.validatedBody } })
  res.json(await readProfile(req.scope, cooperativeId, staffId))
}
