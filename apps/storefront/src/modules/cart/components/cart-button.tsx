"use client"

import { useTranslations } from "next-intl"
import { useCart } from "../hooks/use-cart"
import { preloadCartDrawer } from "./cart-drawer"
import { useCartDrawer } from "./cart-drawer-context"

/** Opens the cart drawer; its label says how many items are in the cart. */
export function CartButton() {
  const t = useTranslations("header")
  const { cart } = useCart()
  const drawer = useCartDrawer()
  const count = cart?.itemCount ?? 0
  return (
    <button
      type="button"
      className="cart-button"
      aria-haspopup="dialog"
      aria-expanded={drawer.isOpen}
      aria-controls="cart-drawer"
      aria-label={t("cartCount", { count })}
      onClick={drawer.open}
      onPointerEnter={preloadCartDrawer}
      onFocus={preloadCartDrawer}
    >
      <span aria-hidden="true">{t("cart")}</span>
      <span className="cart-button__count" aria-hidden="true" data-testid="cart-count">
        {count}
      </span>
    </button>
  )
}
