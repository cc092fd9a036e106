// Which UI a payment provider needs. Medusa names providers pp_<provider>_<id>: pp_system_default today,
// pp_stripe_stripe (and pp_stripe-alipay_stripe, …) once Stripe is configured.
export type PaymentKind = "system" | "stripe" | "other"

export function paymentKind(providerId: string): PaymentKind {
  if (providerId.startsWith("pp_system")) return "system"
  if (providerId.startsWith("pp_stripe")) return "stripe"
  return "other"
}

/** Whether this build of the storefront can take a payment with the provider (Stripe's element is not in yet). */
export function isSupported(providerId: string): boolean {
  return paymentKind(providerId) === "system"
}
