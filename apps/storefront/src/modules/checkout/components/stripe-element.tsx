"use client"
// Stripe's Payment Element: card, Alipay and WeChat Pay (as the Stripe account has them activated).
// Loaded only when the shopper picks Stripe (payment-methods.tsx imports it dynamically), and Stripe.js only then
// (`/pure` does not load it on import).
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import type { Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useLocale, useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import type { PaymentDriver } from "./pay-and-place"
import { CAPTURE_METHOD, STRIPE_METHODS, stripeDriver, stripeLocale } from "./stripe-payment"

export type StripeElementProps = {
  publishableKey: string
  amountFen: number
  /** Receives the driver once Stripe.js and the element are ready, null while they are not. */
  onDriver: (driver: PaymentDriver | null) => void
}

const loading = new Map<string, Promise<Stripe | null>>()
/** Stripe.js, once per key and page; null when js.stripe.com cannot be reached. */
function stripeJs(publishableKey: string): Promise<Stripe | null> {
  let promise = loading.get(publishableKey)
  if (!promise) loading.set(publishableKey, (promise = loadStripe(publishableKey).catch(() => null)))
  return promise
}

export default function StripeElement({ publishableKey, amountFen, onDriver }: StripeElementProps) {
  const t = useTranslations("checkout")
  const locale = useLocale()
  const stripe = stripeJs(publishableKey)
  const [failed, setFailed] = useState(false)
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let live = true
    void stripe.then((loaded) => live && setFailed(loaded === null))
    return () => void (live = false)
  }, [stripe])

  if (failed) return <p role="alert">{t("stripeUnavailable")}</p>
  return (
    <Elements
      stripe={stripe}
      options={{
        mode: "payment",
        amount: amountFen,
        currency: "cny",
        captureMethod: CAPTURE_METHOD,
        allowedPaymentMethodTypes: [...STRIPE_METHODS],
        locale: stripeLocale(locale),
      }}
    >
      {!ready && <p className="muted">{t("stripeLoading")}</p>}
      <Element onDriver={onDriver} onReady={() => setReady(true)} onLoadError={() => setFailed(true)} />
    </Elements>
  )
}

type ElementProps = Pick<StripeElementProps, "onDriver"> & { onReady: () => void; onLoadError: () => void }

function Element({ onDriver, onReady, onLoadError }: ElementProps) {
  const stripe = useStripe()
  const elements = useElements()
  useEffect(() => {
    if (!stripe || !elements) return
    onDriver(stripeDriver(stripe, elements, () => window.location.href))
    return () => onDriver(null)
  }, [stripe, elements, onDriver])
  return <PaymentElement options={{ layout: "tabs" }} onReady={onReady} onLoadError={onLoadError} />
}
