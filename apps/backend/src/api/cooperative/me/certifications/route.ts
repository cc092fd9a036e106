import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCertificationsWorkflow } from "../../../../workflows/cooperative/create-certifications"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"
import { serializeCertification } from "../../../../serializers/cooperative/serialize-certification"
import { cooperativeActor } from "../../cooperative-actor"
import type { CreateCertificationBody } from "../../validators"

/** All of the caller's certificates (its own, its products', its lots'), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const rows = await service.listCertifications({ cooperative_id: cooperativeId }, { order: { created_at: "DESC" } })
  res.json({ certifications: rows.map(serializeCertification) })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateCertificationBody>, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const { result } = await createCertificationsWorkflow(req.scope).run({
    input: [{ ...req.validatedBody, cooperative_id: cooperativeId }],
  })
  res.status(201).json({ certification: serializeCertification(result[0]!) })
}
