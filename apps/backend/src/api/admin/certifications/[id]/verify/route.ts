import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCertificationVerifiedWorkflow } from "../../../../../workflows/cooperative/set-certification-verified"
import { serializeCertification } from "../../../../../serializers/cooperative/serialize-certification"

/** The operator checked the certificate with its issuer: verified now, by the signed-in Admin user. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setCertificationVerifiedWorkflow(req.scope).run({
    input: { id: req.params.id!, verified_by: req.auth_context.actor_id },
  })
  res.json({ certification: { ...serializeCertification(result), verified_by: result.verified_by ?? null } })
}
