"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef } from "react"
import { CartDrawerContents } from "./cart-drawer-contents"
import { useCartDrawer } from "./cart-drawer-context"

/**
 * The cart as a side sheet. A modal <dialog> gives focus trapping, Escape to close and focus return to the
 * header button for free, and keeps the rest of the page inert for screen readers while it is open. Loaded with its
 * contents when the drawer is first opened (./cart-drawer.tsx).
 */
export function CartDrawerSheet() {
  const t = useTranslations("cart")
  const drawer = useCartDrawer()
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (drawer.isOpen && !element.open) {
      // "Add to cart" is disabled while it works, so focus may already have fallen to <body>; then the
      // header's cart button is where focus goes back to.
      const active = document.activeElement
      opener.current =
        active instanceof HTMLElement && active !== document.body
          ? active
          : document.querySelector<HTMLElement>('[aria-controls="cart-drawer"]')
      element.showModal()
    }
    if (!drawer.isOpen && element.open) element.close()
  }, [drawer.isOpen])

  const onClose = () => {
    drawer.close()
    opener.current?.focus()
  }

  return (
    <dialog
      ref={dialog}
      id="cart-drawer"
      className="cart-drawer"
      aria-labelledby="cart-drawer-title"
      onClose={onClose}
      // A click on the backdrop lands on the dialog element itself.
      onClick={(event) => event.target === event.currentTarget && drawer.close()}
    >
      <div className="cart-drawer__panel">
        <div className="cart-drawer__head">
          <h2 id="cart-drawer-title">{t("title")}</h2>
          <button type="button" className="icon-button" aria-label={t("close")} onClick={drawer.close}>
            ×
          </button>
        </div>
        {drawer.isOpen && <CartDrawerContents onNavigate={drawer.close} />}
      </div>
    </dialog>
  )
}
