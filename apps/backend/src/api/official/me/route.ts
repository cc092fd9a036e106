import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serializeOfficial } from "../../../serializers/official/serialize-official"
import { officialActor } from "../official-actor"

/** The signed-in official: profile and region scope with its names (province down to the scope's level). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { official } = officialActor(req)
  const { status_reason: _reason, disabled_at: _at, ...profile } = serializeOfficial(official)
  res.json({ official: profile })
}
