// The after-sale forms of the cooperative portal (ship, mark delivered, cancel, receive and refund a return),
// validated with the same schemas in the browser and in the server actions. Messages are keys of `portal.errors`.
import { CARRIER_CODES } from "@fengshou/store-contract"
import { z } from "zod"
import { yuanTextToFen } from "./units"

const id = z.string().trim().min(1, "required").max(64, "tooLong")

export const shipmentSchema = z.object({
  orderId: id,
  carrier: z.enum(CARRIER_CODES, "required"),
  trackingNumber: z.string().trim().min(1, "required").max(64, "tooLong"),
})

export const deliverSchema = z.object({ orderId: id, fulfillmentId: id })

export const cancelSchema = z.object({
  orderId: id,
  reason: z.string().trim().min(1, "required").max(200, "tooLong"),
})

export const receiveSchema = z.object({ returnId: id })

/** The amount is typed in yuan with at most two decimals and sent as integer fen; more than 0. */
export const refundSchema = z.object({ returnId: id, amount: z.string() }).transform((v, ctx) => {
  const amount_fen = yuanTextToFen(v.amount)
  if (amount_fen === null || amount_fen <= 0) ctx.addIssue({ code: "custom", path: ["amount"], message: "money" })
  return { returnId: v.returnId, amount_fen: amount_fen ?? 0 }
})
