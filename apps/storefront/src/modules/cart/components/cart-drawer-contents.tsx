"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { useCart } from "../hooks/use-cart"
import { CartLines } from "./cart-lines"
import { CartTotals } from "./cart-totals"

/** What the open cart drawer shows: the lines and totals, or why there are none; `onNavigate` closes the drawer. */
export function CartDrawerContents({ onNavigate }: { onNavigate: () => void }) {
  const t = useTranslations("cart")
  const { cart, isPending } = useCart()
  const empty = !cart || cart.lines.length === 0
  return isPending && !cart ? (
    <p>{t("loading")}</p>
  ) : empty ? (
    <p>{t("empty")}</p>
  ) : (
    <>
      <CartLines cart={cart} onNavigate={onNavigate} />
      <CartTotals totals={cart} shippingKnown={cart.shippingOptionIds.length > 0} />
      <div className="cart-drawer__actions">
        <Link href="/checkout" className="button" onClick={onNavigate}>
          {t("checkout")}
        </Link>
        <Link href="/cart" className="button button--secondary" onClick={onNavigate}>
          {t("viewCart")}
        </Link>
      </div>
    </>
  )
}
