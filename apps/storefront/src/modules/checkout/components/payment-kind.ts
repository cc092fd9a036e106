// Which UI a payment provider needs, and which providers this storefront can offer. Medusa names providers
// pp_<provider>_<id>: pp_system_default (the demo's), pp_stripe_stripe once the backend has Stripe.
export type PaymentKind = "system" | "stripe" | "other"

export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

export function paymentKind(providerId: string): PaymentKind {
  if (providerId.startsWith("pp_system")) return "system"
  if (providerId.startsWith("pp_stripe")) return "stripe"
  return "other"
}

/**
 * The region's providers the shopper can pay with here: the system provider, and Stripe's Payment Element when the
 * storefront has a publishable key. Medusa's single-method Stripe providers (pp_stripe-ideal_stripe, …) and
 * other providers have no UI here, so they are not offered.
 */
export function offeredProviders(providerIds: readonly string[], opts: { stripeKey: boolean }): string[] {
  return providerIds.filter((id) => paymentKind(id) === "system" || (id === STRIPE_PROVIDER_ID && opts.stripeKey))
}

/** The provider chosen at first: real money (Stripe) before the demo's system provider. */
export function defaultProvider(offered: readonly string[]): string {
  return offered.find((id) => paymentKind(id) === "stripe") ?? offered[0] ?? ""
}
