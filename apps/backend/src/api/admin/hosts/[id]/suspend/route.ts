import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setHostStatusWorkflow } from "../../../../../workflows/livestream/set-host-status"
import { serializeHost } from "../../../../../serializers/livestream/serialize-host"
import type { AdminSuspendHostBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminSuspendHostBody>, res: MedusaResponse) {
  const { result } = await setHostStatusWorkflow(req.scope).run({
    input: { id: req.params.id!, status: "suspended", reason: req.validatedBody.reason },
  })
  res.json({ host: serializeHost(result) })
}
