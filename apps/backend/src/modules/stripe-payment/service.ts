import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import Stripe from "stripe"

export type StripePaymentOptions = {
  apiKey: string
  webhookSecret?: string
  capture?: boolean
  /** Another Stripe-compatible API (stripe-mock, or the tests' local stub): http(s)://host:port. */
  apiBase?: string
}

/**
 * How Chinese shoppers pay: card, Alipay and WeChat Pay (a web QR code), listed explicitly so all three are offered.
 * Alipay and WeChat Pay cannot hold funds, so every intent captures at payment: the platform holds the money until
 * settlement (担保交易) instead of Stripe holding an authorization that lapses after 7 days.
 */
export const PAYMENT_METHOD_TYPES = ["card", "alipay", "wechat_pay"]

type IntentParams = Partial<Stripe.PaymentIntentCreateParams>

/**
 * Medusa's own Stripe provider (`@medusajs/payment-stripe`, id `stripe`) with CNY's methods and automatic capture,
 * and a settable Stripe API host: production talks to api.stripe.com, the tests to a local stub of Stripe's HTTP API.
 */
export default class FengshouStripeProviderService extends StripeProviderService {
  constructor(container: Record<string, unknown>, options: StripePaymentOptions) {
    super(container, options)
    if (options.apiBase) {
      const base = new URL(options.apiBase)
      const protocol = base.protocol === "http:" ? "http" : "https"
      ;(this as unknown as { stripe_: Stripe }).stripe_ = new Stripe(options.apiKey, {
        host: base.hostname,
        port: base.port || (protocol === "http" ? 80 : 443),
        protocol,
        maxNetworkRetries: 0,
      })
    }
  }

  get paymentIntentOptions() {
    // Medusa's type lists only oxxo's options; Stripe's API takes wechat_pay's alike.
    const payment_method_options = { wechat_pay: { client: "web" } } as { oxxo?: never }
    return {
      capture_method: "automatic" as const,
      payment_method_types: [...PAYMENT_METHOD_TYPES],
      payment_method_options,
    }
  }

  // A session's data may name its own methods, but never a manual capture: Alipay and WeChat Pay would vanish.
  normalizePaymentIntentParameters(extra?: Record<string, unknown>): IntentParams {
    return { ...super.normalizePaymentIntentParameters(extra), capture_method: "automatic" }
  }
}
