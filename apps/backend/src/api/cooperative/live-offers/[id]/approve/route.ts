import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideLiveOffer } from "../decide"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ offer: await decideLiveOffer(req, "approve") })
}
