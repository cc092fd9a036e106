"use client"

import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import { useCart } from "../hooks/use-cart"
import { CartLines } from "../components/cart-lines"
import { CartTotals } from "../components/cart-totals"

/** `banner` goes above the lines: the page puts there what it knows of the cart's origin (a live session's banner). */
export function CartTemplate({ banner }: { banner?: ReactNode }) {
  const t = useTranslations("cart")
  const { cart, isPending } = useCart()
  return (
    <section aria-labelledby="cart-title" className="cart-page">
      <h1 id="cart-title">{t("title")}</h1>
      {banner}
      {isPending && !cart ? (
        <p>{t("loading")}</p>
      ) : !cart || cart.lines.length === 0 ? (
        <p>
          {t("empty")} <Link href="/products">{t("continueShopping")}</Link>
        </p>
      ) : (
        <div className="cart-page__layout">
          <CartLines cart={cart} />
          <div className="cart-page__summary">
            <CartTotals totals={cart} shippingKnown={cart.shippingOptionIds.length > 0} />
            <Link href="/checkout" className="button button--block">
              {t("checkout")}
            </Link>
            <Link href="/products" className="back-link">
              {t("continueShopping")}
            </Link>
          </div>
        </div>
      )}
    </section>
  )
}
