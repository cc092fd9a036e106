import { z } from "zod"
import { text } from "../../utils/fields"

export const ListLiveOffers = z.object({
  /** pending (default): what waits for the cooperative; all: every offer of its products in sessions not ended. */
  status: z.enum(["pending", "all"]).default("pending"),
})
export type ListLiveOffersQuery = z.infer<typeof ListLiveOffers>

export const DeclineLiveOffer = z.object({ reason: text("reason", 500) })
export type DeclineLiveOfferBody = z.infer<typeof DeclineLiveOffer>
