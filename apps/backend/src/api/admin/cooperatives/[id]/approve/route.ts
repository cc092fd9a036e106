import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCooperativeStatusWorkflow } from "../../../../../workflows/cooperative/set-cooperative-status"
import { serializeProfile } from "../../../../../serializers/cooperative/serialize-profile"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setCooperativeStatusWorkflow(req.scope).run({
    input: { id: req.params.id!, status: "approved" },
  })
  res.json({ cooperative: serializeProfile(result) })
}
