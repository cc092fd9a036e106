import { z } from "zod"

/** The cooperative's decision on a host's live offer: approve, or decline with the reason the host will read. */
export const liveOfferDecisionSchema = z
  .object({
    offerId: z.string().min(1, "required").max(64, "tooLong"),
    decision: z.enum(["approve", "decline"]),
    reason: z.string().trim().max(500, "tooLong").optional(),
  })
  .refine((v) => v.decision === "approve" || Boolean(v.reason), { path: ["reason"], message: "required" })
