"use client"
// Back from Alipay or WeChat Pay: complete the cart (or find the order the webhook already made from it; Medusa
// answers a completed cart with its order) and go to the confirmation; a failed or canceled payment keeps the cart.
import { useQueryClient } from "@tanstack/react-query"
import { useTranslations } from "next-intl"
import { useCallback, useState } from "react"
import { Link, useRouter } from "@/i18n/navigation"
import { CART_KEY } from "@/modules/cart/hooks/use-cart"
import { completeOrder } from "../actions"
import { placeAfterRedirect, type CheckoutFailure } from "../components/pay-and-place"
import { PaymentFailure } from "../components/payment-failure"
import type { ReturnedPayment } from "../components/stripe-payment"
import { usePaymentReturn } from "../components/use-payment-return"

type State = { step: "confirming" } | { step: "failed"; failure: CheckoutFailure } | { step: "missing" }

export function CheckoutReturn() {
  const t = useTranslations("checkout")
  const router = useRouter()
  const queryClient = useQueryClient()
  const [state, setState] = useState<State>({ step: "confirming" })

  usePaymentReturn(
    useCallback(
      async (returned: ReturnedPayment | null) => {
        if (!returned) return setState({ step: "missing" })
        const result = await placeAfterRedirect(returned, completeOrder)
        if (!result.ok) return setState({ step: "failed", failure: result.failure })
        queryClient.setQueryData(CART_KEY, null)
        router.replace(`/order/${result.orderId}/confirmed`)
      },
      [queryClient, router],
    ),
  )

  return (
    <section className="notice" aria-labelledby="checkout-return" aria-live="polite">
      <h1 id="checkout-return">{t("returnTitle")}</h1>
      {state.step === "confirming" && <p>{t("returnConfirming")}</p>}
      {state.step !== "confirming" && (
        <>
          <div role="alert">
            {state.step === "failed" ? <PaymentFailure failure={state.failure} /> : <p>{t("returnMissing")}</p>}
          </div>
          <Link href="/checkout" className="button">
            {t("returnBack")}
          </Link>
        </>
      )}
    </section>
  )
}
