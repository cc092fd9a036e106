"use server"
// The cooperative console's after-sale writes: mark a shipment delivered, cancel an unshipped order, receive a
// return and refund it. Like ./actions.ts, each runs through the console kit's `write` with the clerk's token, and
// answers the id of the order or return it changed, so the page can keep showing it.
import * as orders from "@/lib/data/cooperative-orders"
import * as returns from "@/lib/data/cooperative-returns"
import { ConsoleApiError } from "@/lib/data/console-fetch"
import { cancelSchema, deliverSchema, receiveSchema, refundSchema } from "@/lib/cooperative/after-sale-schemas"
import type { ConsoleResult } from "@/modules/console/result"
import { write } from "@/modules/console/write"

export async function markDelivered(values: Record<string, string>) {
  return write("cooperative", deliverSchema, values, "mark delivered", async (token, { orderId, fulfillmentId }) => {
    await orders.markDelivered(token, orderId, fulfillmentId)
    return orderId
  })
}

/** A 409 (shipped meanwhile, or another cooperative's lines in the order) comes back with the backend's sentence. */
export async function cancelOrder(values: Record<string, string>) {
  return write("cooperative", cancelSchema, values, "cancel order", async (token, { orderId, reason }) => {
    await orders.cancelOrder(token, orderId, reason)
    return orderId
  })
}

export async function receiveReturn(values: Record<string, string>) {
  return write("cooperative", receiveSchema, values, "receive return", async (token, { returnId }) => {
    return (await returns.receiveReturn(token, returnId)).id
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
      return (await returns.refundReturn(token, input.returnId, input.amount_fen)).id
    } catch (error) {
      if (!(error instanceof ConsoleApiError && error.status === 422)) throw error
      refused = error.message
    }
  })
  return refused === null ? result : { ok: false, error: "invalid", detail: refused }
}
