"use client"

import { useQueryClient } from "@tanstack/react-query"
import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import { formatFen } from "@/lib/view/money"
import type { SoldOutLine } from "@/lib/checkout/place-order"
import { CART_KEY, useCart } from "@/modules/cart/hooks/use-cart"
import { completeOrder, startPayment } from "../actions"
import { errorMessageKey } from "./error-keys"
import { FormAlert } from "./form-alert"
import { isSupported } from "./payment-kind"
import { PaymentDetails, ProviderLabel, confirmPayment } from "./payment-methods"

type Failure = { key: ReturnType<typeof errorMessageKey>; soldOut?: SoldOutLine[] }

/** Pick a provider, then: start its payment session → let it confirm → complete the cart → confirmation page. */
export function PaymentStep({ enabled, providerIds }: { enabled: boolean; providerIds: string[] }) {
  const t = useTranslations("checkout")
  const router = useRouter()
  const queryClient = useQueryClient()
  const { data: cart } = useCart()
  const [providerId, setProviderId] = useState(() => providerIds.find(isSupported) ?? providerIds[0] ?? "")
  const [failure, setFailure] = useState<Failure | null>(null)
  const [pending, startTransition] = useTransition()

  if (!enabled) return <p className="muted">{t("paymentAfterShipping")}</p>

  const pay = () =>
    startTransition(async () => {
      setFailure(null)
      const started = await startPayment(providerId)
      if (!started.ok) return setFailure({ key: errorMessageKey(started.error), soldOut: started.soldOut })
      if (!(await confirmPayment(started.payment)).ok) return setFailure({ key: "errorFailed" })
      const placed = await completeOrder()
      if (!placed.ok) return setFailure({ key: errorMessageKey(placed.error), soldOut: placed.soldOut })
      queryClient.setQueryData(CART_KEY, null)
      router.push(`/order/${placed.orderId}/confirmed`)
    })

  return (
    <form className="checkout-form" onSubmit={(event) => (event.preventDefault(), pay())}>
      <FormAlert>
        {failure && (
          <>
            <p>{t(failure.key)}</p>
            {failure.soldOut && (
              <ul>
                {failure.soldOut.map((line) => (
                  <li key={line.title}>{t("soldOutLine", line)}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </FormAlert>
      <fieldset className="choice-group">
        <legend>{t("paymentMethod")}</legend>
        {providerIds.map((id) => (
          <label key={id} className="choice">
            <input type="radio" name="provider" value={id} checked={providerId === id} onChange={() => setProviderId(id)} />
            <span className="choice__label">
              <ProviderLabel providerId={id} />
            </span>
          </label>
        ))}
      </fieldset>
      {providerId && <PaymentDetails providerId={providerId} />}
      <button type="submit" className="button button--block" disabled={pending || !isSupported(providerId) || !cart}>
        {pending ? t("placing") : t("placeOrder", { total: cart ? formatFen(cart.totalFen) : "" })}
      </button>
    </form>
  )
}
