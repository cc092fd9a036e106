"use client"
// Where each payment provider's UI plugs in. The system provider needs nothing from the shopper; a Stripe
// provider (ids starting pp_stripe) will render Stripe's Payment Element here with the session's client secret
// and confirm it in `confirmPayment` before the order is completed.
import { useTranslations } from "next-intl"
import type { PaymentStart } from "../actions"
import { paymentKind } from "./payment-kind"

export function ProviderLabel({ providerId }: { providerId: string }) {
  const t = useTranslations("checkout")
  const kind = paymentKind(providerId)
  return <>{kind === "system" ? t("providerSystem") : kind === "stripe" ? t("providerStripe") : t("providerOther")}</>
}

/** Provider-specific details below the choice (for Stripe: the Payment Element, once integrated). */
export function PaymentDetails({ providerId }: { providerId: string }) {
  const t = useTranslations("checkout")
  const kind = paymentKind(providerId)
  if (kind === "system") return <p className="muted">{t("providerSystemHint")}</p>
  return <p className="muted">{t("providerStripeHint")}</p>
}

/** Authorizes the payment in the browser where the provider needs it; the system provider authorizes on completion. */
export async function confirmPayment(payment: PaymentStart): Promise<{ ok: boolean }> {
  if (paymentKind(payment.providerId) === "system") return { ok: true }
  // Stripe: stripe.confirmPayment({ elements, clientSecret: payment.clientSecret, redirect: "if_required" }).
  return { ok: false }
}
