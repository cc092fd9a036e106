"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef } from "react"
import { useRouter } from "@/i18n/navigation"
import { formatFen } from "@/lib/view/money"
import { useCart, useCartStore } from "@/modules/cart/hooks/use-cart"
import { useLiveHolds } from "@/modules/cart/hooks/use-live-holds"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { LiveHoldCountdown } from "@/modules/cart/components/live-hold-countdown"

/**
 * The live cart beside the steps. When its lines change (e.g. in the drawer), the steps are re-read from the server;
 * not when the cart is gone (the order was placed and the page is on its way to the confirmation: a refresh then would
 * render that page twice).
 */
export function OrderSummary() {
  const t = useTranslations("checkout")
  const router = useRouter()
  const { cart } = useCart()
  const store = useCartStore()
  const live = useLiveHolds(cart)
  const onHoldEnded = () => (live.reload(), void store.refresh())
  const signature = cart?.lines.map((l) => `${l.id}:${l.quantity}`).join(",") ?? ""
  const seen = useRef(signature)

  const gone = cart === null
  useEffect(() => {
    if (seen.current === signature) return
    seen.current = signature
    if (!gone) router.refresh()
  }, [signature, gone, router])

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
