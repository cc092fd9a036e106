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
 * Medusa's own Stripe provider (`@medusajs/payment-stripe`, id `stripe`), unchanged except that the Stripe API
 * host can be set: production talks to api.stripe.com, the tests to a local stub of Stripe's HTTP API.
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
}
