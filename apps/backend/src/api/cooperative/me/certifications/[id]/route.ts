import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCertificationWorkflow } from "../../../../../workflows/cooperative/delete-certification"
import { cooperativeActor } from "../../../cooperative-actor"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  await deleteCertificationWorkflow(req.scope).run({ input: { cooperative_id: cooperativeId, id: req.params.id! } })
  res.json({ id: req.params.id, object: "certification", deleted: true })
}
