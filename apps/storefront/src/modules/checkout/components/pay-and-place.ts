// The order of paying, whatever the provider: prepare → start the payment session → confirm with the provider →
// complete the cart. Pure over the steps it is given, so each failure path is tested without a browser.
import type { SoldOutLine } from "@/lib/checkout/place-order"
import type { CompleteResult, PaymentStart, StartPaymentResult } from "../actions"
import { errorMessageKey, liveErrorKey, type LiveErrorKey } from "./error-keys"
import type { ReturnedPayment } from "./stripe-payment"

export type PaymentErrorKey =
  "errorPaymentDeclined" | "errorPaymentDetails" | "errorPaymentFailed" | "errorPaymentPending" | "returnFailed"
/** What the shopper is told: a "checkout.error…" message, the provider's own words if any, sold-out lines if any. */
export type CheckoutFailure = {
  key: ReturnType<typeof errorMessageKey> | PaymentErrorKey | LiveErrorKey
  detail?: string
  soldOut?: SoldOutLine[]
}

/** A provider's answer: authorized (`pending` while the money is still on its way), or why not. */
export type PaymentOutcome = { ok: true; pending?: boolean } | { ok: false; key: PaymentErrorKey; detail?: string }

/** A provider's part of paying, in the browser. */
export type PaymentDriver = {
  /** Checks what the shopper entered before any payment session starts (Stripe: `elements.submit()`). */
  prepare: () => Promise<PaymentOutcome>
  /** Authorizes the session just started (Stripe: `stripe.confirmPayment` with the session's client secret). */
  confirm: (payment: PaymentStart) => Promise<PaymentOutcome>
}

/** The system provider authorizes when Medusa completes the cart: nothing happens in the browser. */
export const SYSTEM_DRIVER: PaymentDriver = { prepare: async () => ({ ok: true }), confirm: async () => ({ ok: true }) }

export type PayResult = { ok: true; orderId: string } | { ok: false; failure: CheckoutFailure }
type Steps = { start: () => Promise<StartPaymentResult>; complete: () => Promise<CompleteResult> }

/** Stops at the first failure, so no money moves for a sold-out cart and no order exists without a payment. */
export async function payAndPlaceOrder(driver: PaymentDriver, steps: Steps): Promise<PayResult> {
  const prepared = await driver.prepare()
  if (!prepared.ok) return paymentFailed(prepared)
  const started = await steps.start()
  if (!started.ok) return { ok: false, failure: { key: errorMessageKey(started.error), soldOut: started.soldOut } }
  const confirmed = await driver.confirm(started.payment)
  if (!confirmed.ok) return paymentFailed(confirmed)
  return placed(await steps.complete(), confirmed.pending === true)
}

/** Back from a provider's own page (a redirect-based method): complete the cart unless the payment failed there. */
export async function placeAfterRedirect(returned: ReturnedPayment, complete: Steps["complete"]): Promise<PayResult> {
  if (returned === "failed") return { ok: false, failure: { key: "returnFailed" } }
  return placed(await complete(), returned === "pending")
}

function paymentFailed(outcome: { key: PaymentErrorKey; detail?: string }): PayResult {
  return { ok: false, failure: outcome.detail ? { key: outcome.key, detail: outcome.detail } : { key: outcome.key } }
}

function placed(result: CompleteResult, pending: boolean): PayResult {
  if (result.ok) return { ok: true, orderId: result.orderId }
  // Medusa completes only an authorized payment; one still processing is completed by the provider's webhook later.
  if (pending && result.error === "failed") return { ok: false, failure: { key: "errorPaymentPending" } }
  if (result.error === "live" && result.live) {
    const key = liveErrorKey(result.live.code)
    return { ok: false, failure: key === "errorLive" ? { key, detail: result.live.message } : { key } }
  }
  return { ok: false, failure: { key: errorMessageKey(result.error), soldOut: result.soldOut } }
}
