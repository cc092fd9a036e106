import "server-only"
import { z } from "zod"
import { consoleFetch } from "./console-fetch"

/** A host's live offer of one of the cooperative's sizes, as GET /cooperative/live-offers answers it. */
const LiveOfferSchema = z.object({
  id: z.string(),
  product_title: z.string(),
  variant_title: z.string(),
  base_price_fen: z.number().int(),
  live_price_fen: z.number().int(),
  stock_cap: z.number().int(),
  per_customer_limit: z.number().int(),
  consent_status: z.enum(["not_needed", "pending", "approved", "declined"]),
  consent_note: z.string().nullable(),
  consent_floor_fen: z.number().int().nullable(),
  consent_cap_max: z.number().int().nullable(),
  consent_reason: z.string().nullable(),
  session: z.object({
    id: z.string(),
    title: z.string(),
    status: z.string(),
    scheduled_start_at: z.string(),
    host_name: z.string().nullable(),
  }),
})
export type LiveOffer = z.infer<typeof LiveOfferSchema>

/** The offers waiting for the cooperative's decision (outside its live floor or cap). */
export async function listPendingLiveOffers(token: string): Promise<LiveOffer[]> {
  const data = await consoleFetch<unknown>("/cooperative/live-offers", token, { query: { status: "pending" } })
  return z.object({ offers: z.array(LiveOfferSchema) }).parse(data).offers
}

export async function decideLiveOffer(
  token: string,
  offerId: string,
  decision: "approve" | "decline",
  reason?: string,
) {
  await consoleFetch(`/cooperative/live-offers/${encodeURIComponent(offerId)}/${decision}`, token, {
    method: "POST",
    body: decision === "decline" ? { reason } : {},
  })
}
