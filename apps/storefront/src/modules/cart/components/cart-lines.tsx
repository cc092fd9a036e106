"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatFen } from "@/lib/view/money"
import { paidUnitFen, type CartView } from "@/lib/view/cart"
import { CART_ERRORS, useCartStore } from "../hooks/use-cart"
import { useUpdateQuantity } from "../hooks/use-update-quantity"
import { useLiveHolds } from "../hooks/use-live-holds"
import { LiveHoldCountdown } from "./live-hold-countdown"
import { QuantityStepper } from "./quantity-stepper"
import { ProductImage } from "@/modules/common/components/product-image"

/** The cart's lines with quantity steppers and remove buttons; used by the drawer and the cart page. */
export function CartLines({ cart, onNavigate }: { cart: CartView; onNavigate?: () => void }) {
  const t = useTranslations("cart")
  const update = useUpdateQuantity()
  const errorKey = update.error?.key ?? null
  const store = useCartStore()
  const live = useLiveHolds(cart)
  // A hold ran out: its units went back, so the cart (its price) and the holds are read again.
  const onHoldEnded = () => (live.reload(), void store.refresh())
  return (
    <>
      <ul className="cart-lines">
        {cart.lines.map((line) => (
          <li key={line.id} className="cart-line">
            {line.thumbnail && (
              <ProductImage
                src={line.thumbnail}
                alt=""
                width={64}
                height={64}
                sizes="64px"
                className="cart-line__image"
              />
            )}
            <div className="cart-line__info">
              {line.handle ? (
                <Link href={`/products/${line.handle}`} className="cart-line__title" onClick={onNavigate}>
                  {line.title}
                </Link>
              ) : (
                <span className="cart-line__title">{line.title}</span>
              )}
              {line.variantTitle && <span className="muted"> · {line.variantTitle}</span>}
              {/* The price per unit the shopper pays (a live price, not the shelf price it is taken off). */}
              <p className="cart-line__each muted">{t("each", { price: formatFen(paidUnitFen(line)) })}</p>
              {cart.liveSessionId && (
                <LiveHoldCountdown
                  holds={live.holds}
                  onEnded={onHoldEnded}
                  variantId={line.variantId}
                  title={line.title}
                  livePriced={line.listTotalFen > line.totalFen}
                />
              )}
              <div className="cart-line__controls">
                <QuantityStepper
                  value={line.quantity}
                  label={t("quantityOf", { title: line.title })}
                  onChange={(quantity) => update.mutate({ lineId: line.id, quantity })}
                />
                <button
                  type="button"
                  className="link-button"
                  aria-label={t("removeItem", { title: line.title })}
                  onClick={() => update.mutate({ lineId: line.id, quantity: 0 })}
                >
                  {t("remove")}
                </button>
              </div>
            </div>
            <p className="cart-line__total">
              {line.listTotalFen > line.totalFen && (
                // A live price: the shelf price struck through beside it.
                <span className="cart-line__list muted">
                  <span className="visually-hidden">{t("shelfPrice")}</span>
                  <del>{formatFen(line.listTotalFen)}</del>{" "}
                </span>
              )}
              {formatFen(line.totalFen)}
            </p>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className={errorKey ? "form-error" : "visually-hidden"}>
        {errorKey ? t(CART_ERRORS[errorKey]) : update.isPending ? t("updating") : ""}
      </p>
    </>
  )
}
