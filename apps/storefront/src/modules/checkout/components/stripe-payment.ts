// Stripe's part of checkout as plain functions over Stripe.js objects, so it is tested without loading Stripe.js
// (which only js.stripe.com serves). The element itself is stripe-element.tsx.
import type { PaymentIntentResult, Stripe, StripeElements, StripeError, StripeElementLocale } from "@stripe/stripe-js"
import type { PaymentStart } from "../actions"
import type { PaymentDriver, PaymentOutcome } from "./pay-and-place"
import { paymentKind } from "./payment-kind"

/**
 * The Payment Element is created before the PaymentIntent exists (it starts only when the shopper pays, after the
 * stock check), so it is told what the backend's Stripe provider creates: CNY, captured at payment (Alipay and WeChat
 * Pay cannot hold funds), with card, Alipay and WeChat Pay offered in this order.
 */
export const CAPTURE_METHOD = "automatic"
export const STRIPE_METHODS = ["card", "alipay", "wechat_pay"] as const
export type StripeMethod = (typeof STRIPE_METHODS)[number]

const METHOD_LABELS = { card: "methodCard", alipay: "methodAlipay", wechat_pay: "methodWechatPay" } as const
/** The "checkout.method…" message of each method the Payment Element offers, in its order. */
export function stripeMethodLabels(): (typeof METHOD_LABELS)[StripeMethod][] {
  return STRIPE_METHODS.map((method) => METHOD_LABELS[method])
}

export function stripeLocale(locale: string): StripeElementLocale {
  return locale.startsWith("zh") ? "zh" : "en"
}

/** The PaymentIntent's client secret of a Stripe session; null for other providers or a session without one. */
export function stripeClientSecret(payment: PaymentStart): string | null {
  if (paymentKind(payment.providerId) !== "stripe") return null
  return payment.clientSecret && /^pi_\w+_secret_\w+$/.test(payment.clientSecret) ? payment.clientSecret : null
}

// Errors the shopper can act on keep Stripe's message (in the element's language); the rest only say it failed.
function fromError(error: StripeError): PaymentOutcome {
  if (error.type === "card_error") return { ok: false, key: "errorPaymentDeclined", detail: error.message }
  if (error.type === "validation_error") return { ok: false, key: "errorPaymentDetails", detail: error.message }
  return { ok: false, key: "errorPaymentFailed" }
}

export function submitOutcome(result: { error?: StripeError }): PaymentOutcome {
  return result.error ? fromError(result.error) : { ok: true }
}

export function confirmOutcome(result: PaymentIntentResult): PaymentOutcome {
  if (result.error) return fromError(result.error)
  switch (result.paymentIntent.status) {
    case "requires_capture":
    case "succeeded":
      return { ok: true }
    case "processing":
      return { ok: true, pending: true }
    case "requires_payment_method":
      return { ok: false, key: "errorPaymentDeclined" }
    default:
      return { ok: false, key: "errorPaymentFailed" }
  }
}

/** Where a redirect-based method (Alipay, WeChat Pay) returns: the checkout's return page, in the same language. */
export function returnUrl(href: string): string {
  const url = new URL(href)
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/return`
}

export type ReturnedPayment = "succeeded" | "pending" | "failed"

/**
 * What Stripe's return parameters say (`payment_intent`, `redirect_status`); null when the page was not opened by a
 * return from Stripe. Medusa checks the PaymentIntent itself on completion, so only an explicit failure or
 * cancellation stops it; a payment still on its way is completed by the webhook.
 */
export function returnedPayment(search: string): ReturnedPayment | null {
  const params = new URLSearchParams(search)
  if (!/^pi_\w+$/.test(params.get("payment_intent") ?? "")) return null
  const status = params.get("redirect_status")
  if (status === "failed" || status === "canceled" || status === "requires_payment_method") return "failed"
  return status === "pending" || status === "processing" ? "pending" : "succeeded"
}

/** Submit the element's fields, then confirm the session's PaymentIntent in place (3-D Secure opens a dialog). */
export function stripeDriver(stripe: Stripe, elements: StripeElements, currentHref: () => string): PaymentDriver {
  return {
    prepare: async () => submitOutcome(await elements.submit()),
    confirm: async (payment) => {
      const clientSecret = stripeClientSecret(payment)
      if (!clientSecret) return { ok: false, key: "errorPaymentFailed" }
      const result = await stripe.confirmPayment({
        elements,
        clientSecret,
        redirect: "if_required",
        confirmParams: { return_url: returnUrl(currentHref()) },
      })
      return confirmOutcome(result)
    },
  }
}
