import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import type { CheckoutProps } from "@/lib/checkout/load-checkout"
import { stripePublishableKey } from "@/lib/data/payment"
import { AddressStep } from "../components/address-step"
import { OrderSummary } from "../components/order-summary"
import { offeredProviders } from "../components/payment-kind"
import { PaymentStep } from "../components/payment-step"
import { ShippingStep } from "../components/shipping-step"

/** Three steps on one page; each opens once the one before is saved on the cart. `banner`: where the cart came from. */
export function CheckoutTemplate({
  cart,
  address,
  customerEmail,
  guestEmail,
  shipping,
  providerIds,
  banner,
}: CheckoutProps & { banner?: ReactNode }) {
  const t = useTranslations("checkout")
  const addressDone = address.saved !== null
  const stripeKey = stripePublishableKey()
  // The delivery step starts from what is offered: when the offer changes (listed once the address is saved, or
  // another address offers other options), it starts again from the new one.
  const offered = shipping.groups.map((g) => `${g.profileId}:${g.options.map((o) => o.id).join("|")}`).join(",")
  return (
    <div className="checkout">
      <h1>{t("title")}</h1>
      {customerEmail && <p className="muted">{t("signedInAs", { email: customerEmail })}</p>}
      {banner}
      <div className="checkout__layout">
        <div className="checkout__steps">
          <section aria-labelledby="step-address" className="checkout-step">
            <h2 id="step-address">{t("stepAddress")}</h2>
            <AddressStep {...address} askEmail={!customerEmail} defaultEmail={guestEmail} />
          </section>
          <section aria-labelledby="step-shipping" className="checkout-step">
            <h2 id="step-shipping">{t("stepShipping")}</h2>
            <ShippingStep key={offered} enabled={addressDone} {...shipping} />
          </section>
          <section aria-labelledby="step-payment" className="checkout-step">
            <h2 id="step-payment">{t("stepPayment")}</h2>
            <PaymentStep
              enabled={addressDone && shipping.done}
              providerIds={offeredProviders(providerIds, { stripeKey: stripeKey !== null })}
              stripeKey={stripeKey}
            />
          </section>
        </div>
        <OrderSummary pageCart={cart} />
      </div>
    </div>
  )
}
