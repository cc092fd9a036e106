import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NO_REASON_RETURN_DAYS, type ReturnReason, type ReturnRequestBody } from "@fengshou/store-contract"
import { noReasonOpen } from "../../../lib/orders/shopper-status"
import { readShopperOrder } from "../../../queries/orders/read-shopper-order"
import type { ReturnAtLocationInput } from "../request-return-at-location"

export type ShopperReturnsInput = ReturnRequestBody & { order_id: string; created_by?: string }
/** A return to make, its lines' reasons still our codes (Medusa's reason ids are looked up once the request is valid). */
export type PlannedReturn = Omit<ReturnAtLocationInput, "items"> & {
  items: (Omit<ReturnAtLocationInput["items"][number], "reason_id"> & { reason: ReturnReason })[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

// A line goes back to where it left from: its shipment's stock location, which is its cooperative's own, so a mixed
// order becomes one return per cooperative and each sees its own in its inbox.
/** Checks a shopper's return request line by line and groups its lines into one return per stock location. */
export const planShopperReturnsStep = createStep(
  "plan-shopper-returns",
  async (input: ShopperReturnsInput, { container }) => {
    const read = await readShopperOrder(container, input.order_id)
    if (!read) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    const { row, order } = read
    if (order.status === "canceled") throw invalid("This order is canceled: there is nothing to return")
    const asked = new Map<string, number>()
    input.items.forEach((item, n) => {
      const name = `items[${n}]`
      const line = order.items.find((l) => l.id === item.id)
      if (!line) throw invalid(`${name}: ${item.id} is not a line of this order`)
      const total = (asked.get(line.id) ?? 0) + item.quantity
      asked.set(line.id, total)
      if (total > line.returnable_quantity)
        throw invalid(
          `${name}: "${line.title}" has ${line.returnable_quantity} unit(s) you can return (shipped and not already in a return), not ${total}`,
        )
      if (item.reason === "no_reason" && !noReasonOpen(order.no_reason_until))
        throw invalid(
          `${name}: "${line.title}" can no longer be returned without a reason` +
            (order.no_reason_until
              ? ` (the ${NO_REASON_RETURN_DAYS}-day window closed after ${order.no_reason_until})`
              : "") +
            "; choose the reason that applies",
        )
    })
    const groups = new Map<string, PlannedReturn>()
    for (const item of input.items) {
      const shipment = (row.fulfillments ?? []).find(
        (f) => !f.canceled_at && f.items?.some((i) => i.line_item_id === item.id),
      )
      const location = shipment?.location_id ?? null
      const group = groups.get(location ?? "") ?? {
        order_id: input.order_id,
        location_id: location,
        items: [],
        created_by: input.created_by,
      }
      group.items.push({
        id: item.id,
        quantity: item.quantity,
        reason: item.reason,
        ...(item.note?.trim() ? { internal_note: item.note.trim() } : {}),
      })
      groups.set(location ?? "", group)
    }
    return new StepResponse([...groups.values()])
  },
)
