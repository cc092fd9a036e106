import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCertificationsWorkflow } from "../../../../workflows/cooperative/create-certifications"
import { serializeCertification } from "../../../../serializers/cooperative/serialize-certification"
import { cooperativeActor } from "../../cooperative-actor"
import type { CreateCertificationBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<CreateCertificationBody>, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const { result } = await createCertificationsWorkflow(req.scope).run({
    input: [{ ...req.validatedBody, cooperative_id: cooperativeId }],
  })
  res.status(201).json({ certification: serializeCertification(result[0]!) })
}
