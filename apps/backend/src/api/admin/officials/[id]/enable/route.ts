import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOfficialStatusWorkflow } from "../../../../../workflows/official/set-official-status"
import { serializeOfficial, type OfficialRow } from "../../../../../serializers/official/serialize-official"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setOfficialStatusWorkflow(req.scope).run({ input: { id: req.params.id!, status: "active" } })
  res.json({ official: serializeOfficial(result as OfficialRow) })
}
