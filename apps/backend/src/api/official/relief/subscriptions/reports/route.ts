import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { officialActor } from "../../../official-actor"
import { listOwnReports } from "../read-own"

/** `{ reports }`: the monthly reports issued to the official: period, generated_at, totals. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ reports: await listOwnReports(req.scope, officialActor(req).official.id) })
}
