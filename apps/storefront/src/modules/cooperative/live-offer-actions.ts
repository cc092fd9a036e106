"use server"

import { liveOfferDecisionSchema } from "@/lib/cooperative/live-offer-schema"
import { decideLiveOffer } from "@/lib/data/cooperative-live-offers"
import { write } from "@/modules/console/write"

/** Approves a host's live offer, or declines it with the reason the host will read. */
export async function decideOffer(values: Record<string, string>) {
  return write("cooperative", liveOfferDecisionSchema, values, "decide live offer", (token, v) =>
    decideLiveOffer(token, v.offerId, v.decision, v.reason),
  )
}
