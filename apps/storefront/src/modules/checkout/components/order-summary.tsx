"use client"

import { useTranslations } from "next-intl"
import { useEffect } from "react"
import { useRouter } from "@/i18n/navigation"
import { formatFen } from "@/lib/view/money"
import type { CartView } from "@/lib/view/cart"
import { useCart, useCartStore, useServerCart } from "@/modules/cart/hooks/use-cart"
import { useLiveHolds } from "@/modules/cart/hooks/use-live-holds"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { LiveHoldCountdown } from "@/modules/cart/components/live-hold-countdown"

/** A cart's lines as the steps depend on them. */
const linesKey = (cart: CartView) => `${cart.id}:${cart.lines.map((l) => `${l.id}:${l.quantity}`).join(",")}`

/**
 * The live cart beside the steps, from the page's own read of it (`pageCart`, also handed to the cart store). When its
 * lines change after that read (e.g. in the drawer), the steps are read again from the server; not when the cart is
 * gone (the order was placed and the page is on its way to the confirmation: a refresh then would render that page
 * twice).
 */
export function OrderSummary({ pageCart }: { pageCart: CartView }) {
  const t = useTranslations("checkout")
  const router = useRouter()
  useServerCart(pageCart)
  const { cart } = useCart()
  const store = useCartStore()
  const live = useLiveHolds(cart)
  const onHoldEnded = () => (live.reload(), void store.refresh())

  const signature = cart ? linesKey(cart) : ""
  const pageLines = linesKey(pageCart)
  useEffect(() => {
    // The store's cart now, not this render's: a first render may show what the store held before the page's read.
    const now = store.getSnapshot().cart
    if (now && linesKey(now) !== pageLines) router.refresh()
  }, [signature, pageLines, store, router])

  if (!cart) return null
  return (
    <aside aria-labelledby="summary-title" className="checkout__summary">
      <h2 id="summary-title">{t("summary")}</h2>
      <ul className="plain-list summary-lines">
        {cart.lines.map((line) => (
          <li key={line.id}>
            <span>
              {line.title} {line.variantTitle} × {line.quantity}
              {cart.liveSessionId && (
                <LiveHoldCountdown
                  holds={live.holds}
                  onEnded={onHoldEnded}
                  variantId={line.variantId}
                  title={line.title}
                  livePriced={line.listTotalFen > line.totalFen}
                />
              )}
            </span>
            <span>{formatFen(line.totalFen)}</span>
          </li>
        ))}
      </ul>
      <CartTotals totals={cart} shippingKnown={cart.shippingOptionIds.length > 0} />
    </aside>
  )
}
