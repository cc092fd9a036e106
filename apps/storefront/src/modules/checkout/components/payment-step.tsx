"use client"

import { useQueryClient } from "@tanstack/react-query"
import { useTranslations } from "next-intl"
import { useCallback, useState, useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import { formatFen } from "@/lib/view/money"
import { useCart, useCartStore } from "@/modules/cart/hooks/use-cart"
import { LIVE_SESSION_KEY } from "@/lib/data/live"
import { completeOrder, startPayment } from "../actions"
import { FormAlert } from "@/modules/common/components/form-alert"
import { PaymentFailure } from "./payment-failure"
import {
  payAndPlaceOrder,
  SYSTEM_DRIVER,
  type CheckoutFailure,
  type PayResult,
  type PaymentDriver,
} from "./pay-and-place"
import { PaymentDetails, ProviderLabel } from "./payment-methods"
import { defaultProvider, paymentKind } from "./payment-kind"

type Props = {
  enabled: boolean
  /** Only providers this storefront can take (payment-kind.ts `offeredProviders`). */
  providerIds: string[]
  /** Stripe's publishable key, when Stripe is among the providers. */
  stripeKey: string | null
}

/** Pick a provider, then: start its payment session → let it confirm → complete the cart → confirmation page. */
export function PaymentStep({ enabled, providerIds, stripeKey }: Props) {
  const t = useTranslations("checkout")
  const router = useRouter()
  // react-query here only for the live session the banner shows (checkout's layout provides it).
  const queryClient = useQueryClient()
  const store = useCartStore()
  const { cart } = useCart()
  const [providerId, setProviderId] = useState(() => defaultProvider(providerIds))
  const [stripeDriver, setStripeDriver] = useState<PaymentDriver | null>(null)
  const [failure, setFailure] = useState<CheckoutFailure | null>(null)
  const [pending, startTransition] = useTransition()

  const finish = useCallback(
    (result: PayResult) => {
      if (!result.ok) {
        // The session may have ended meanwhile: the banner re-reads it and offers to go on at the shelf price.
        if (result.failure.key.startsWith("errorLive"))
          void queryClient.invalidateQueries({ queryKey: LIVE_SESSION_KEY })
        return setFailure(result.failure)
      }
      store.set(null)
      router.push(`/order/${result.orderId}/confirmed`)
    },
    [queryClient, store, router],
  )

  if (!enabled) return <p className="muted">{t("paymentAfterShipping")}</p>
  if (providerIds.length === 0) return <p className="muted">{t("noPaymentMethods")}</p>

  const driver = paymentKind(providerId) === "system" ? SYSTEM_DRIVER : stripeDriver
  const pay = () =>
    startTransition(async () => {
      setFailure(null)
      if (driver)
        finish(await payAndPlaceOrder(driver, { start: () => startPayment(providerId), complete: completeOrder }))
    })

  return (
    <form className="checkout-form" onSubmit={(event) => (event.preventDefault(), pay())}>
      <FormAlert>{failure && <PaymentFailure failure={failure} />}</FormAlert>
      <fieldset className="choice-group">
        <legend>{t("paymentMethod")}</legend>
        {providerIds.map((id) => (
          <label key={id} className="choice">
            <input
              type="radio"
              name="provider"
              value={id}
              checked={providerId === id}
              onChange={() => setProviderId(id)}
            />
            <span className="choice__label">
              <ProviderLabel providerId={id} />
            </span>
          </label>
        ))}
      </fieldset>
      <PaymentDetails
        providerId={providerId}
        stripeKey={stripeKey}
        amountFen={cart?.totalFen ?? null}
        onStripeDriver={setStripeDriver}
      />
      <button type="submit" className="button button--block" disabled={pending || !driver || !cart}>
        {pending ? t("placing") : t("placeOrder", { total: cart ? formatFen(cart.totalFen) : "" })}
      </button>
    </form>
  )
}
