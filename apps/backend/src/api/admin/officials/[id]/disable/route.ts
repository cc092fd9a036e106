import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOfficialStatusWorkflow } from "../../../../../workflows/official/set-official-status"
import { serializeOfficial, type OfficialRow } from "../../../../../serializers/official/serialize-official"
import type { AdminDisableOfficialBody } from "../../validators"

/** Every /official route answers 403 to a disabled official, from the next request on. */
export async function POST(req: AuthenticatedMedusaRequest<AdminDisableOfficialBody>, res: MedusaResponse) {
  const { result } = await setOfficialStatusWorkflow(req.scope).run({
    input: { id: req.params.id!, status: "disabled", reason: req.validatedBody.reason },
  })
  res.json({ official: serializeOfficial(result as OfficialRow) })
}
