import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "zod"
import type { CommissionRateBodySchema } from "@fengshou/live-contract"
import { setHostStatusWorkflow } from "../../../../../workflows/livestream/set-host-status"
import { serializeHost } from "../../../../../serializers/livestream/serialize-host"

export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof CommissionRateBodySchema>>,
  res: MedusaResponse,
) {
  const { result } = await setHostStatusWorkflow(req.scope).run({
    input: { id: req.params.id!, status: "approved", commission_rate_bps: req.validatedBody.commission_rate_bps },
  })
  res.json({ host: serializeHost(result) })
}
