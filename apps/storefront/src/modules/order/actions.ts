"use server"
// What a shopper does with an order after the sale: a guest finds it by number and mobile (the order token goes
// into an httpOnly cookie for that order only), and its guest or owner cancels it or asks to return units. Every
// action re-checks its input against what the order allows now; a success refreshes the page in the same answer, so
// it shows the order as re-read.
import { refresh } from "next/cache"
import { z } from "zod"
import { toActionError, type ActionErrorKey } from "@/lib/action-error"
import { shopperOrderAccess } from "@/lib/checkout/viewable-order"
import {
  cancelShopperOrder,
  lookupOrder,
  requestShopperReturn,
  retrieveShopperOrder,
  type OrderAccess,
} from "@/lib/data/order-status"
import { errorsByField } from "@/lib/schemas/field-errors"
import { setOrderToken } from "@/lib/session"
import { StoreApiError } from "@/lib/store-fetch"
import { toOrderStatusView } from "@/lib/view/order-status"
import { LOOKUP_FIELD_ERRORS, lookupSchema, type LookupFieldError } from "./lookup"
import { RETURN_FIELD_ERRORS, returnRequestSchema, type ReturnFieldError } from "./return-request"

export type LookupResult =
  | { ok: true; id: string }
  | {
      ok: false
      error: "invalid" | "notFound" | "throttled" | ActionErrorKey
      fieldErrors?: Record<string, LookupFieldError | "required">
    }

export type OrderActionResult =
  | { ok: true }
  | {
      ok: false
      error: "invalid" | "alreadyShipped" | "rejected" | "noAccess" | ActionErrorKey
      fieldErrors?: Record<string, ReturnFieldError>
      /** The backend's own words when it refused (shown under the translated error). */
      detail?: string
    }

const orderIdSchema = z.string().regex(/^[A-Za-z0-9_]{1,64}$/)

export async function findOrder(values: Record<string, string>): Promise<LookupResult> {
  const parsed = lookupSchema.safeParse(values)
  if (!parsed.success)
    return { ok: false, error: "invalid", fieldErrors: errorsByField(LOOKUP_FIELD_ERRORS, parsed.error.issues) }
  try {
    const { order, order_token } = await lookupOrder(parsed.data)
    await setOrderToken(order.id, order_token)
    return { ok: true, id: order.id }
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 429) return { ok: false, error: "throttled" }
    // A 400 is a number or mobile the backend would not take: to the shopper, no such order either.
    if (error instanceof StoreApiError && [400, 404].includes(error.status)) return { ok: false, error: "notFound" }
    return { ok: false, error: toActionError(error, "order lookup") }
  }
}

async function withAccess(
  orderId: string,
  context: string,
  run: (access: OrderAccess, id: string) => Promise<OrderActionResult>,
): Promise<OrderActionResult> {
  const id = orderIdSchema.safeParse(orderId)
  if (!id.success) return { ok: false, error: "notFound" }
  const access = await shopperOrderAccess(id.data)
  if (!access) return { ok: false, error: "noAccess" }
  try {
    return await run(access, id.data)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 409) return { ok: false, error: "alreadyShipped" }
    if (error instanceof StoreApiError && error.status === 400)
      return { ok: false, error: "rejected", detail: error.message }
    if (error instanceof StoreApiError && [401, 403].includes(error.status)) return { ok: false, error: "noAccess" }
    return { ok: false, error: toActionError(error, context) }
  }
}

/** Cancels an order nothing of which has shipped yet; a 409 means the cooperative shipped it meanwhile. */
export async function cancelOrder(orderId: string): Promise<OrderActionResult> {
  return withAccess(orderId, "cancel order", async (access, id) => {
    await cancelShopperOrder(id, access)
    refresh()
    return { ok: true }
  })
}

/** Asks to return units; checked against the order as it is now (returnable quantities, 七天无理由 window). */
export async function requestReturn(orderId: string, values: Record<string, string>): Promise<OrderActionResult> {
  return withAccess(orderId, "request return", async (access, id) => {
    const order = await retrieveShopperOrder(id, access)
    if (!order) return { ok: false, error: "notFound" }
    const view = toOrderStatusView(order, "zh-CN")
    const parsed = returnRequestSchema(view.returnableLines, view.returnReasons).safeParse(values)
    if (!parsed.success) {
      const fieldErrors = errorsByField(RETURN_FIELD_ERRORS, parsed.error.issues) as Record<string, ReturnFieldError>
      return { ok: false, error: "invalid", fieldErrors }
    }
    await requestShopperReturn(id, parsed.data, access)
    refresh()
    return { ok: true }
  })
}
