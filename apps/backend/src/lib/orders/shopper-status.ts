import { NO_REASON_RETURN_DAYS, type ShopperOrderStatus, type ReturnStatusSchema } from "@fengshou/store-contract"
import type { z } from "zod"

// What a shopper reads on an order, folded from Medusa's payment, fulfillment and return state (pure, no Medusa).

type ReturnStatus = z.infer<typeof ReturnStatusSchema>

export type StatusFacts = {
  canceled: boolean
  /** Medusa's aggregate payment status (getLastPaymentStatus). */
  payment_status: string
  lines: { quantity: number; shipped_quantity: number; delivered_quantity: number }[]
  returns: { status: ReturnStatus }[]
}

const OPEN_RETURN: ReadonlySet<ReturnStatus> = new Set(["requested", "received", "partially_received"])
const PAID = new Set(["captured", "partially_captured", "authorized", "partially_authorized"])

/** The status, by the precedence documented on SHOPPER_ORDER_STATUSES in the contract. */
export function shopperOrderStatus(facts: StatusFacts): ShopperOrderStatus {
  if (facts.canceled) return "canceled"
  if (facts.returns.some((r) => OPEN_RETURN.has(r.status))) return "refunding"
  if (facts.payment_status === "refunded" || facts.payment_status === "partially_refunded") return "refunded"
  const lines = facts.lines.filter((l) => l.quantity > 0)
  if (lines.length && lines.every((l) => l.delivered_quantity >= l.quantity)) return "delivered"
  if (lines.length && lines.every((l) => l.shipped_quantity >= l.quantity)) return "shipped"
  if (lines.some((l) => l.shipped_quantity > 0)) return "partially_shipped"
  if (PAID.has(facts.payment_status)) return "awaiting_shipment"
  return "awaiting_payment"
}

/**
 * A return as the shopper sees it: Medusa's own status, or "refunded" once a refund names it. Medusa's "open" (a draft
 * never confirmed) is no request yet: null.
 */
export function shopperReturnStatus(medusaStatus: string, refunded: boolean): ReturnStatus | null {
  if (medusaStatus === "canceled") return "canceled"
  if (refunded) return "refunded"
  if (medusaStatus === "requested" || medusaStatus === "received" || medusaStatus === "partially_received")
    return medusaStatus
  return null
}

const DAY_MS = 24 * 60 * 60 * 1000
// China keeps UTC+8 all year (no daylight saving since 1991).
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

/** The calendar date (YYYY-MM-DD) in Shanghai of an instant. */
export function shanghaiDate(at: Date | string | number): string {
  return new Date(new Date(at).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * The last Shanghai day a "no_reason" return is accepted: NO_REASON_RETURN_DAYS after the latest shipment arrived
 * (its delivered_at, else its shipped_at). Null while nothing has shipped.
 */
export function noReasonUntil(shipments: { shipped_at: string | Date | null; delivered_at: string | Date | null }[]) {
  const starts = shipments.flatMap((s) => {
    const at = s.delivered_at ?? s.shipped_at
    return at ? [new Date(at).getTime()] : []
  })
  if (!starts.length) return null
  return shanghaiDate(Math.max(...starts) + NO_REASON_RETURN_DAYS * DAY_MS)
}

/** True while `now` falls on or before the Shanghai day `until`. */
export function noReasonOpen(until: string | null, now: Date | number = Date.now()): boolean {
  return until !== null && shanghaiDate(now) <= until
}

/** Units still returnable: shipped and not yet in a (non-canceled) return. */
export function returnableQuantity(shipped: number, returned: number): number {
  return Math.max(0, shipped - returned)
}
