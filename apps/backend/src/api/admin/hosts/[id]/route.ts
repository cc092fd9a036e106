import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "zod"
import type { CommissionRateBodySchema } from "@fengshou/live-contract"
import { setHostCommissionRateWorkflow } from "../../../../workflows/livestream/set-host-commission-rate"
import { serializeHost } from "../../../../serializers/livestream/serialize-host"

/** A new commission rate; it applies to orders placed from now on. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof CommissionRateBodySchema>>,
  res: MedusaResponse,
) {
  const { result } = await setHostCommissionRateWorkflow(req.scope).run({
    input: { id: req.params.id!, ...req.validatedBody },
  })
  res.json({ host: serializeHost(result) })
}
