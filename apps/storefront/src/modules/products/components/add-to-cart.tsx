"use client"

import { useLocale, useTranslations } from "next-intl"
import { useState, type ReactNode } from "react"
import type { ActionErrorKey } from "@/lib/action-error"
import type { VariantView } from "@/lib/view/product"
import { addToCart } from "@/modules/cart/actions"
import { preloadCartDrawer } from "@/modules/cart/components/cart-drawer"
import { useCartDrawer } from "@/modules/cart/components/cart-drawer-context"
import { QuantityStepper } from "@/modules/cart/components/quantity-stepper"
import { CART_ERRORS, useCartStore } from "@/modules/cart/hooks/use-cart"
import { CartActionError } from "@/modules/cart/store/cart-store"
import { defaultVariantId, isSoldOut } from "./default-variant"
import { useProductStock } from "./use-product-stock"
import { VariantPicker } from "./variant-picker"

const MAX_PER_ADD = 99

/** Size, quantity and "add to cart"; opens the cart drawer once the item is in. */
export function AddToCart({
  productId,
  title,
  variants,
  labels,
}: {
  productId: string
  title: string
  variants: VariantView[]
  /** Each size's name and prices by variant id, rendered on the server (VariantLabel). */
  labels: Record<string, ReactNode>
}) {
  const t = useTranslations("product")
  const tCart = useTranslations("cart")
  const locale = useLocale()
  const drawer = useCartDrawer()
  const cart = useCartStore()
  // The add under way, and why the last one failed (the button's and the status line's state).
  const [adding, setAdding] = useState(false)
  const [errorKey, setErrorKey] = useState<ActionErrorKey | null>(null)
  const stock = useProductStock(productId)
  // Until the shopper picks a size, the first available one is selected (it follows the live stock as it loads).
  const [picked, setVariantId] = useState<string | null>(null)
  const variantId = picked ?? defaultVariantId(variants, stock.data)
  const [quantity, setQuantity] = useState(1)
  const [added, setAdded] = useState<string | null>(null)

  const onHand = stock.data?.[variantId]
  const soldOut = isSoldOut(stock.data, variantId)
  const max = typeof onHand === "number" && onHand > 0 ? Math.min(onHand, MAX_PER_ADD) : MAX_PER_ADD
  const variant = variants.find((v) => v.id === variantId)

  const submit = () => {
    setAdded(null)
    setErrorKey(null)
    setAdding(true)
    // The drawer opens once the item is in: its code loads meanwhile.
    preloadCartDrawer()
    cart
      .write(() => addToCart({ variantId, quantity: Math.min(quantity, max), locale }))
      .then(
        () => {
          setAdding(false)
          setAdded(t("added", { title: `${title} ${variant?.title ?? ""}`.trim(), quantity }))
          drawer.open()
        },
        (error: unknown) => {
          setAdding(false)
          setErrorKey(error instanceof CartActionError ? error.key : "failed")
        },
      )
  }

  if (variants.length === 0) return null
  return (
    <form className="add-to-cart" onSubmit={(event) => (event.preventDefault(), submit())}>
      <VariantPicker
        variants={variants}
        labels={labels}
        selectedId={variantId}
        stock={stock}
        onSelect={(id) => (setVariantId(id), setQuantity(1))}
      />
      <div className="add-to-cart__row">
        <span className="add-to-cart__label" aria-hidden="true">
          {t("quantity")}
        </span>
        <QuantityStepper
          value={Math.min(quantity, max)}
          onChange={setQuantity}
          label={t("quantity")}
          max={max}
          disabled={soldOut}
        />
      </div>
      <button type="submit" className="button button--block" disabled={soldOut || !variant?.price || adding}>
        {soldOut ? t("soldOut") : adding ? t("adding") : t("addToCart")}
      </button>
      <p role="status" aria-live="polite" className={errorKey ? "form-error" : "muted"}>
        {errorKey ? tCart(CART_ERRORS[errorKey]) : added}
      </p>
    </form>
  )
}
