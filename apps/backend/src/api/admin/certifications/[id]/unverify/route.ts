import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCertificationVerifiedWorkflow } from "../../../../../workflows/cooperative/set-certification-verified"
import { serializeCertification } from "../../../../../serializers/cooperative/serialize-certification"

/** Withdraws the operator's verification: the certificate is self-declared again. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setCertificationVerifiedWorkflow(req.scope).run({
    input: { id: req.params.id!, verified_by: null },
  })
  res.json({ certification: { ...serializeCertification(result), verified_by: result.verified_by ?? null } })
}
