// Stripe's part of checkout as plain functions over Stripe.js objects, so it is tested without loading Stripe.js
// (which only js.stripe.com serves). The element itself is stripe-element.tsx.
import type { PaymentIntentResult, Stripe, StripeElements, StripeError, StripeElementLocale } from "@stripe/stripe-js"
import type { PaymentStart } from "../actions"
import type { PaymentDriver, PaymentOutcome } from "./pay-and-place"
import { paymentKind } from "./payment-kind"

/**
 * The Payment Element is created before the PaymentIntent exists (it starts only when the shopper pays, after the
 * stock check), so it must be told what Medusa's Stripe provider will create: capture_method "manual" while its
 * `capture` option is off. Methods that cannot hold funds (Alipay, WeChat Pay) appear only with "automatic" on both sides.
 */
export const CAPTURE_METHOD = "manual"

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

/** Where a redirect-based method returns: this checkout page, without the parameters of an earlier return. */
export function returnUrl(href: string): string {
  const url = new URL(href)
  return `${url.origin}${url.pathname}`
}

export type ReturnedPayment = "succeeded" | "pending" | "failed"

/** What Stripe's return parameters say; null when the page was not opened by a return from Stripe. */
export function returnedPayment(search: string): ReturnedPayment | null {
  const params = new URLSearchParams(search)
  if (!params.get("payment_intent_client_secret")) return null
  const status = params.get("redirect_status")
  // Medusa checks the PaymentIntent itself on completion, so anything but an explicit failure is worth completing.
  return status === "failed" ? "failed" : status === "pending" ? "pending" : "succeeded"
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
