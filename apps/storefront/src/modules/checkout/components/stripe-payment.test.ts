import type { PaymentIntentResult, Stripe, StripeElements, StripeError } from "@stripe/stripe-js"
import { describe, expect, it, vi } from "vitest"
import {
  CAPTURE_METHOD,
  STRIPE_METHODS,
  confirmOutcome,
  stripeMethodLabels,
  returnUrl,
  returnedPayment,
  stripeClientSecret,
  stripeDriver,
  stripeLocale,
  submitOutcome,
} from "./stripe-payment"

const SECRET = "pi_3Pabc123_secret_XyZ789"
const stripeSession = { providerId: "pp_stripe_stripe", clientSecret: SECRET }
const error = (type: StripeError["type"], message: string) => ({ type, message }) as StripeError
const intent = (status: string) => ({ paymentIntent: { id: "pi_3Pabc123", status } }) as unknown as PaymentIntentResult

describe("stripeClientSecret", () => {
  it("is the PaymentIntent's client secret of a Stripe session", () => {
    expect(stripeClientSecret(stripeSession)).toBe(SECRET)
  })

  it("is null for the system provider, a session without one, or something that is not a client secret", () => {
    expect(stripeClientSecret({ providerId: "pp_system_default", clientSecret: SECRET })).toBeNull()
    expect(stripeClientSecret({ providerId: "pp_stripe_stripe", clientSecret: null })).toBeNull()
    expect(stripeClientSecret({ providerId: "pp_stripe_stripe", clientSecret: "pi_3Pabc123" })).toBeNull()
    expect(stripeClientSecret({ providerId: "pp_stripe_stripe", clientSecret: "seti_1_secret_2" })).toBeNull()
  })
})

describe("confirmOutcome", () => {
  it("accepts an authorized (manual capture) or paid intent, and marks one still processing as pending", () => {
    expect(confirmOutcome(intent("requires_capture"))).toEqual({ ok: true })
    expect(confirmOutcome(intent("succeeded"))).toEqual({ ok: true })
    expect(confirmOutcome(intent("processing"))).toEqual({ ok: true, pending: true })
  })

  it("passes on Stripe's words for a declined card or bad details, and nothing else of an error", () => {
    expect(confirmOutcome({ error: error("card_error", "您的银行卡被拒绝。") })).toEqual({
      ok: false,
      key: "errorPaymentDeclined",
      detail: "您的银行卡被拒绝。",
    })
    expect(confirmOutcome({ error: error("validation_error", "Your card number is incomplete.") })).toMatchObject({
      key: "errorPaymentDetails",
      detail: "Your card number is incomplete.",
    })
    expect(confirmOutcome({ error: error("api_connection_error", "fetch failed at https://…") })).toEqual({
      ok: false,
      key: "errorPaymentFailed",
    })
  })

  it("refuses an intent that still needs a payment method or an action", () => {
    expect(confirmOutcome(intent("requires_payment_method"))).toEqual({ ok: false, key: "errorPaymentDeclined" })
    expect(confirmOutcome(intent("requires_action"))).toEqual({ ok: false, key: "errorPaymentFailed" })
    expect(confirmOutcome(intent("canceled"))).toEqual({ ok: false, key: "errorPaymentFailed" })
  })
})

describe("stripeDriver", () => {
  const fakes = (confirmResult: PaymentIntentResult, submitResult: { error?: StripeError } = {}) => {
    const elements = { submit: vi.fn(async () => submitResult) } as unknown as StripeElements
    const stripe = { confirmPayment: vi.fn(async () => confirmResult) } as unknown as Stripe
    return {
      stripe,
      elements,
      driver: stripeDriver(stripe, elements, () => "https://shop.example/en/checkout?redirect_status=failed"),
    }
  }

  it("confirms the session's PaymentIntent in place, coming back to the return page if a method redirects", async () => {
    const { stripe, elements, driver } = fakes(intent("succeeded"))
    expect(await driver.prepare()).toEqual({ ok: true })
    expect(await driver.confirm(stripeSession)).toEqual({ ok: true })
    expect(stripe.confirmPayment).toHaveBeenCalledWith({
      elements,
      clientSecret: SECRET,
      redirect: "if_required",
      confirmParams: { return_url: "https://shop.example/en/checkout/return" },
    })
  })

  it("reports incomplete details from submit", async () => {
    const { driver } = fakes(intent("requires_capture"), {
      error: error("validation_error", "Incomplete card number."),
    })
    expect(await driver.prepare()).toEqual({ ok: false, key: "errorPaymentDetails", detail: "Incomplete card number." })
  })

  it("does not call Stripe without a client secret", async () => {
    const { stripe, driver } = fakes(intent("requires_capture"))
    expect(await driver.confirm({ providerId: "pp_stripe_stripe", clientSecret: null })).toEqual({
      ok: false,
      key: "errorPaymentFailed",
    })
    expect(stripe.confirmPayment).not.toHaveBeenCalled()
  })
})

describe("returns from Stripe", () => {
  it("reads Stripe's return parameters", () => {
    const back = (status: string) =>
      `?payment_intent=pi_1&payment_intent_client_secret=${SECRET}&redirect_status=${status}`
    expect(returnedPayment(back("succeeded"))).toBe("succeeded")
    expect(returnedPayment(back("pending"))).toBe("pending")
    expect(returnedPayment(back("processing"))).toBe("pending")
    expect(returnedPayment(back("failed"))).toBe("failed")
    expect(returnedPayment(back("canceled"))).toBe("failed")
    expect(returnedPayment(back("requires_payment_method"))).toBe("failed")
    expect(returnedPayment("")).toBeNull()
    expect(returnedPayment("?redirect_status=succeeded")).toBeNull()
    expect(returnedPayment("?payment_intent=<script>&redirect_status=succeeded")).toBeNull()
  })

  it("comes back to the checkout's return page in the shopper's language, without query or fragment", () => {
    expect(returnUrl("http://localhost:8000/checkout?payment_intent=pi_1#pay")).toBe(
      "http://localhost:8000/checkout/return",
    )
    expect(returnUrl("https://shop.example/en/checkout/")).toBe("https://shop.example/en/checkout/return")
  })

  it("asks for automatic capture and offers card, Alipay and WeChat Pay, as the backend creates the intent", () => {
    expect(CAPTURE_METHOD).toBe("automatic")
    expect(STRIPE_METHODS).toEqual(["card", "alipay", "wechat_pay"])
  })

  it("names each offered method in the payment choice, in the element's order", async () => {
    const zh = (await import("../../../../messages/zh-CN.json")).default.checkout
    const en = (await import("../../../../messages/en.json")).default.checkout
    expect(
      stripeMethodLabels()
        .map((key) => zh[key])
        .join(" / "),
    ).toBe("银行卡 / 支付宝 / 微信支付")
    expect(
      stripeMethodLabels()
        .map((key) => en[key])
        .join(" / "),
    ).toBe("Card / Alipay / WeChat Pay")
  })

  it("shows the element in the shopper's language", () => {
    expect([stripeLocale("zh-CN"), stripeLocale("en")]).toEqual(["zh", "en"])
  })

  it("turns a submit without error into ok", () => {
    expect(submitOutcome({})).toEqual({ ok: true })
  })
})
