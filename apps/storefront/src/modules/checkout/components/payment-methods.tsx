"use client"
// Where each payment provider's UI plugs in. The system provider needs nothing from the shopper; Stripe
// (pp_stripe_stripe) renders its Payment Element (card, Alipay, WeChat Pay), fetched only when the shopper picks it.
import { useTranslations } from "next-intl"
import dynamic from "next/dynamic"
import type { PaymentDriver } from "./pay-and-place"
import { paymentKind } from "./payment-kind"
import { stripeMethodLabels } from "./stripe-payment"

const StripeElement = dynamic(() => import("./stripe-element"), { ssr: false })

export function ProviderLabel({ providerId }: { providerId: string }) {
  const t = useTranslations("checkout")
  const kind = paymentKind(providerId)
  if (kind === "stripe")
    return (
      <>
        {stripeMethodLabels()
          .map((key) => t(key))
          .join(" / ")}
      </>
    )
  return <>{kind === "system" ? t("providerSystem") : t("providerOther")}</>
}

type DetailsProps = {
  providerId: string
  stripeKey: string | null
  amountFen: number | null
  onStripeDriver: (driver: PaymentDriver | null) => void
}

/** Provider-specific details below the choice: a hint for the system provider, Stripe's Payment Element for Stripe. */
export function PaymentDetails({ providerId, stripeKey, amountFen, onStripeDriver }: DetailsProps) {
  const t = useTranslations("checkout")
  if (paymentKind(providerId) === "system") return <p className="muted">{t("providerSystemHint")}</p>
  if (!stripeKey || !amountFen) return null
  return (
    <div className="payment-details">
      <p className="muted">{t("providerStripeHint")}</p>
      <StripeElement publishableKey={stripeKey} amountFen={amountFen} onDriver={onStripeDriver} />
    </div>
  )
}
