"use server"
// The cooperative console's after-sale writes: mark a shipment delivered, cancel an unshipped order, receive a
// return and refund it. Like ./actions.ts, each runs through the console kit's `write` with the clerk's token.
import * as orders from "@/lib/data/cooperative-orders"
import * as returns from "@/lib/data/cooperative-returns"
import { ConsoleApiError } from "@/lib/data/console-fetch"
import { cancelSchema, deliverSchema, receiveSchema, refundSchema } from "@/lib/cooperative/after-sale-schemas"
import type { ConsoleResult } from "@/modules/console/result"
import { write } from "@/modules/console/write"

export async function markDelivered(values: Record<string, string>) {
  return write("cooperative", deliverSchema, values, "mark delivered", (token, { orderId, fulfillmentId }) =>
    orders.markDelivered(token, orderId, fulfillmentId),
  )
}

/** A 409 (shipped meanwhile, or another cooperative's lines in the order) comes back with the backend's sentence. */
export async function cancelOrder(values: Record<string, string>) {
  return write("cooperative", cancelSchema, values, "cancel order", (token, { orderId, reason }) =>
    orders.cancelOrder(token, orderId, reason),
  )
}

export async function receiveReturn(values: Record<string, string>) {
  return write("cooperative", receiveSchema, values, "receive return", async (token, { returnId }) => {
    await returns.receiveReturn(token, returnId)
  })
}

/**
 * Refunds part or all of a received return. The backend's 422 (more than is refundable) answers "invalid" with its
 * sentence as the detail, which the form shows under the amount.
 */
export async function refundReturn(values: Record<string, string>): Promise<ConsoleResult<"cooperative">> {
  let refused: string | null = null
  const result = await write("cooperative", refundSchema, values, "refund return", async (token, input) => {
    try {
      await returns.refundReturn(token, input.returnId, input.amount_fen)
    } catch (error) {
      if (!(error instanceof ConsoleApiError && error.status === 422)) throw error
      refused = error.message
    }
  })
  return refused === null ? result : { ok: false, error: "invalid", detail: refused }
}
