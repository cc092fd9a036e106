"use client"
// Back from Alipay or WeChat Pay: complete the cart (or find the order the webhook already made from it; Medusa
// answers a completed cart with its order) and go to the confirmation; a failed or canceled payment keeps the cart.
import { useTranslations } from "next-intl"
import { useCallback, useState } from "react"
import { Link, useRouter } from "@/i18n/navigation"
import { useCartStore } from "@/modules/cart/hooks/use-cart"
import { completeOrder } from "../actions"
import { placeAfterRedirect, type CheckoutFailure } from "../components/pay-and-place"
import { PaymentFailure } from "../components/payment-failure"
import type { ReturnedPayment } from "../components/stripe-payment"
import { usePaymentReturn } from "../components/use-payment-return"

type State = { step: "confirming" } | { step: "failed"; failure: CheckoutFailure } | { step: "missing" }

export function CheckoutReturn() {
  const t = useTranslations("checkout")
  const router = useRouter()
  const cart = useCartStore()
  const [state, setState] = useState<State>({ step: "confirming" })

  usePaymentReturn(
    useCallback(
      async (returned: ReturnedPayment | null) => {
        if (!returned) return setState({ step: "missing" })
        const result = await placeAfterRedirect(returned, completeOrder)
        if (!result.ok) return setState({ step: "failed", failure: result.failure })
        cart.set(null)
        router.replace(`/order/${result.orderId}/confirmed`)
      },
      [cart, router],
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
