"use client"

import { useTranslations } from "next-intl"
import { useCart } from "../hooks/use-cart"
import { preloadCartDrawer } from "./cart-drawer"
import { useCartDrawer } from "./cart-drawer-context"

/**
 * Opens the cart drawer; its label says how many items are in the cart. Until the browser has read the cart (a page
 * served from the cache carries none) the badge stays blank rather than claiming 0.
 */
export function CartButton() {
  const t = useTranslations("header")
  const { cart, isPending } = useCart()
  const drawer = useCartDrawer()
  const count = cart?.itemCount ?? 0
  return (
    <button
      type="button"
      className="cart-button"
      aria-haspopup="dialog"
      aria-expanded={drawer.isOpen}
      aria-controls="cart-drawer"
      aria-label={isPending ? t("cart") : t("cartCount", { count })}
      onClick={drawer.open}
      onPointerEnter={preloadCartDrawer}
      onFocus={preloadCartDrawer}
    >
      <span aria-hidden="true">{t("cart")}</span>
      <span className="cart-button__count" aria-hidden="true" data-testid="cart-count">
        {isPending ? "\u00a0" : count}
      </span>
    </button>
  )
}
