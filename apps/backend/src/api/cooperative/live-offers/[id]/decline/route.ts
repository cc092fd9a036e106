import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DeclineLiveOfferBody } from "../../validators"
import { decideLiveOffer } from "../decide"

export async function POST(req: AuthenticatedMedusaRequest<DeclineLiveOfferBody>, res: MedusaResponse) {
  res.json({ offer: await decideLiveOffer(req, "decline", req.validatedBody.reason) })
}
