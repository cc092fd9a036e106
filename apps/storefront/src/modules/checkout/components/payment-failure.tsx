"use client"
import { useTranslations } from "next-intl"
import type { CheckoutFailure } from "./pay-and-place"

/** Why the order was not placed: our message, the payment provider's own words, the lines that sold out. */
export function PaymentFailure({ failure }: { failure: CheckoutFailure }) {
  const t = useTranslations("checkout")
  return (
    <>
      <p>{t(failure.key)}</p>
      {failure.detail && <p>{failure.detail}</p>}
      {failure.soldOut && (
        <ul>
          {failure.soldOut.map((line) => (
            <li key={line.title}>{t("soldOutLine", line)}</li>
          ))}
        </ul>
      )}
    </>
  )
}
