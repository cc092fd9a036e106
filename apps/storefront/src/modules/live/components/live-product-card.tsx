"use client"

import { useMutation } from "@tanstack/react-query"
import { useLocale, useTranslations } from "next-intl"
import { useState } from "react"
import { Link } from "@/i18n/navigation"
import type { LiveProductView } from "@/lib/view/live"
import { formatFen } from "@/lib/view/money"
import { useCartDrawer } from "@/modules/cart/components/cart-drawer-context"
import { QuantityStepper } from "@/modules/cart/components/quantity-stepper"
import { useCartStore } from "@/modules/cart/hooks/use-cart"
import { addLiveProductToCart, type LiveCartError } from "../actions"
import { ProductImage } from "@/modules/common/components/product-image"

type Props = { sessionId: string; product: LiveProductView; canBuy: boolean }

/** One shelf item: live price against the shelf price, what is left, the limit, and add-to-cart while the session is live. */
export function LiveProductCard({ sessionId, product, canBuy }: Props) {
  const t = useTranslations("live.shelf")
  const tErrors = useTranslations("live.errors")
  const locale = useLocale()
  const cart = useCartStore()
  const drawer = useCartDrawer()
  const [quantity, setQuantity] = useState(1)
  const [note, setNote] = useState<{ error: LiveCartError } | { added: string } | null>(null)
  const add = useMutation({
    mutationFn: () => addLiveProductToCart({ sessionId, sessionProductId: product.id, quantity, locale }),
    onSuccess: (result) => {
      if (!result.ok) return setNote({ error: result.error })
      cart.set(result.cart)
      setNote({ added: t("added", { title: `${product.title} ${product.variantTitle}`, quantity }) })
      drawer.open()
    },
    onError: () => setNote({ error: "failed" }),
  })
  const title = `${product.title} · ${product.variantTitle}`
  return (
    <li className="live-card">
      {product.thumbnail && (
        <ProductImage
          src={product.thumbnail}
          alt={product.title}
          width={120}
          height={120}
          sizes="96px"
          className="live-card__image"
        />
      )}
      <div className="live-card__body">
        <h2 className="live-card__title">
          {canBuy ? title : <Link href={`/products/${product.handle}`}>{title}</Link>}
        </h2>
        <p className="live-card__prices">
          <span className="visually-hidden">{t("livePrice")}</span>
          <strong className="live-card__live-price">{formatFen(product.liveFen)}</strong>{" "}
          {product.baseFen > product.liveFen && (
            <span className="muted">
              <span className="visually-hidden">{t("shelfPrice")}</span>
              <del>{formatFen(product.baseFen)}</del>
            </span>
          )}
        </p>
        <p className="muted live-card__meta">
          {product.soldOut ? (
            <strong className="live-card__sold-out">{t("soldOut")}</strong>
          ) : (
            t("remaining", { count: product.remaining })
          )}
          {" · "}
          {t("limit", { count: product.limit })}
        </p>
        {canBuy && !product.soldOut && (
          <form className="live-card__buy" onSubmit={(event) => (event.preventDefault(), setNote(null), add.mutate())}>
            <QuantityStepper
              value={Math.min(quantity, product.maxQuantity)}
              onChange={setQuantity}
              label={t("quantityOf", { title })}
              max={product.maxQuantity}
            />
            <button type="submit" className="button" disabled={add.isPending}>
              {add.isPending ? t("adding") : t("addToCart")}
            </button>
          </form>
        )}
        <p role="status" aria-live="polite" className={note && "error" in note ? "form-error" : "muted"}>
          {note && ("error" in note ? tErrors(note.error) : note.added)}
        </p>
      </div>
    </li>
  )
}
