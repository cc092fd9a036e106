import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCooperativeStatusWorkflow } from "../../../../../workflows/cooperative/set-cooperative-status"
import { serializeProfile } from "../../../../../serializers/cooperative/serialize-profile"
import type { AdminSuspendCooperativeBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminSuspendCooperativeBody>, res: MedusaResponse) {
  const { result } = await setCooperativeStatusWorkflow(req.scope).run({
    input: { id: req.params.id!, status: "suspended", reason: req.validatedBody.reason },
  })
  res.json({ cooperative: serializeProfile(result) })
}
