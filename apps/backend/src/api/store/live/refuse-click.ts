import { MedusaError } from "@medusajs/framework/utils"
import type { ClaimResult } from "../../../modules/livestream/claims"
import { LiveUnavailableError } from "./read-offer"

/**
 * A click that held nothing hears why, as the claim worded it: over the per-shopper limit is a 400
 * `live_limit_reached`, anything else sold out (409 `sold_out`, one message for a link of several offers).
 */
export function refuseClick(claim: ClaimResult, offers: number, sessionId: string): never {
  const refusal = claim.refused[0]
  if (refusal?.reason === "limit_reached")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal.message, "live_limit_reached")
  throw new LiveUnavailableError(
    "sold_out",
    409,
    offers > 1 ? "Everything in this live offer is sold out." : (refusal?.message ?? "Sold out."),
    sessionId,
  )
}
