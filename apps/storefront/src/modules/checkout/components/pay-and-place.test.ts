import { describe, expect, it, vi } from "vitest"
import type { CompleteResult, StartPaymentResult } from "../actions"
import {
  payAndPlaceOrder,
  placeAfterRedirect,
  SYSTEM_DRIVER,
  type PaymentDriver,
  type PaymentOutcome,
} from "./pay-and-place"

const stripeStart: StartPaymentResult = {
  ok: true,
  payment: { providerId: "pp_stripe_stripe", clientSecret: "pi_1_secret_2" },
}
const order: CompleteResult = { ok: true, orderId: "order_9" }

function driver(prepare: PaymentOutcome, confirm: PaymentOutcome): PaymentDriver {
  return { prepare: vi.fn(async () => prepare), confirm: vi.fn(async () => confirm) }
}
function steps(start: StartPaymentResult, complete: CompleteResult = order) {
  return { start: vi.fn(async () => start), complete: vi.fn(async () => complete) }
}

describe("payAndPlaceOrder", () => {
  it("starts the session, confirms it with the provider, then completes the cart", async () => {
    const stripe = driver({ ok: true }, { ok: true })
    const s = steps(stripeStart)
    expect(await payAndPlaceOrder(stripe, s)).toEqual({ ok: true, orderId: "order_9" })
    expect(stripe.confirm).toHaveBeenCalledWith(stripeStart.ok && stripeStart.payment)
    expect(s.complete).toHaveBeenCalledOnce()
  })

  it("takes the system provider straight from session to completion", async () => {
    const s = steps({ ok: true, payment: { providerId: "pp_system_default", clientSecret: null } })
    expect(await payAndPlaceOrder(SYSTEM_DRIVER, s)).toEqual({ ok: true, orderId: "order_9" })
  })

  it("places no order when the provider refuses the payment, and shows its words", async () => {
    const s = steps(stripeStart)
    const declined = driver({ ok: true }, { ok: false, key: "errorPaymentDeclined", detail: "Your card was declined." })
    expect(await payAndPlaceOrder(declined, s)).toEqual({
      ok: false,
      failure: { key: "errorPaymentDeclined", detail: "Your card was declined." },
    })
    expect(s.complete).not.toHaveBeenCalled()
  })

  it("starts no payment session when the entered details are incomplete", async () => {
    const s = steps(stripeStart)
    expect(await payAndPlaceOrder(driver({ ok: false, key: "errorPaymentDetails" }, { ok: true }), s)).toEqual({
      ok: false,
      failure: { key: "errorPaymentDetails" },
    })
    expect(s.start).not.toHaveBeenCalled()
  })

  it("asks the provider for nothing when an item sold out", async () => {
    const stripe = driver({ ok: true }, { ok: true })
    const soldOut = [{ title: "鲜羊肚菌 500g", available: 0 }]
    expect(await payAndPlaceOrder(stripe, steps({ ok: false, error: "soldOut", soldOut }))).toEqual({
      ok: false,
      failure: { key: "errorSoldOut", soldOut },
    })
    expect(stripe.confirm).not.toHaveBeenCalled()
  })

  it("says a payment still processing will place the order later, rather than that it failed", async () => {
    const failed: CompleteResult = { ok: false, error: "failed" }
    expect(
      await payAndPlaceOrder(driver({ ok: true }, { ok: true, pending: true }), steps(stripeStart, failed)),
    ).toEqual({
      ok: false,
      failure: { key: "errorPaymentPending" },
    })
    expect(await payAndPlaceOrder(driver({ ok: true }, { ok: true }), steps(stripeStart, failed))).toMatchObject({
      failure: { key: "errorFailed" },
    })
  })
})

describe("a live-priced cart refused at completion", () => {
  it("shows our line for a known code, and the backend's words only for an unknown one", async () => {
    const refused = (code: "live_limit_reached" | null): CompleteResult => ({
      ok: false,
      error: "live",
      live: { code, message: "Limit 2 per shopper." },
    })
    expect(await payAndPlaceOrder(SYSTEM_DRIVER, steps(stripeStart, refused("live_limit_reached")))).toEqual({
      ok: false,
      failure: { key: "errorLiveLimitReached" },
    })
    expect(await payAndPlaceOrder(SYSTEM_DRIVER, steps(stripeStart, refused(null)))).toEqual({
      ok: false,
      failure: { key: "errorLive", detail: "Limit 2 per shopper." },
    })
  })
})

describe("placeAfterRedirect", () => {
  it("completes the cart after a successful return, and not after a failed one", async () => {
    const complete = vi.fn(async () => order)
    expect(await placeAfterRedirect("succeeded", complete)).toEqual({ ok: true, orderId: "order_9" })
    expect(await placeAfterRedirect("failed", complete)).toEqual({ ok: false, failure: { key: "returnFailed" } })
    expect(complete).toHaveBeenCalledOnce()
  })

  it("lands on the same order when the return page is reloaded or the webhook completed the cart first", async () => {
    // completeOrder answers an already completed cart with its order (Medusa's complete route does the same).
    const complete = vi.fn(async () => order)
    const first = await placeAfterRedirect("succeeded", complete)
    expect(await placeAfterRedirect("succeeded", complete)).toEqual(first)
  })

  it("tells a shopper whose payment is still on its way that the webhook will place the order", async () => {
    const complete = vi.fn(async () => ({ ok: false as const, error: "failed" as const }))
    expect(await placeAfterRedirect("pending", complete)).toEqual({
      ok: false,
      failure: { key: "errorPaymentPending" },
    })
  })
})
