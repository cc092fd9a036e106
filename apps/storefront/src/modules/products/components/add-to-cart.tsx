"use client"

import { useLocale, useTranslations } from "next-intl"
import { useState } from "react"
import type { VariantView } from "@/lib/view/product"
import { useCartDrawer } from "@/modules/cart/components/cart-drawer-context"
import { QuantityStepper } from "@/modules/cart/components/quantity-stepper"
import { CART_ERRORS, CartActionError, useAddToCart } from "@/modules/cart/hooks/use-cart"
import { defaultVariantId, isSoldOut } from "./default-variant"
import { useProductStock } from "./use-product-stock"
import { VariantPicker } from "./variant-picker"

const MAX_PER_ADD = 99

/** Size, quantity and "add to cart"; opens the cart drawer once the item is in. */
export function AddToCart({
  productId,
  title,
  variants,
}: {
  productId: string
  title: string
  variants: VariantView[]
}) {
  const t = useTranslations("product")
  const tCart = useTranslations("cart")
  const locale = useLocale()
  const drawer = useCartDrawer()
  const add = useAddToCart()
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
  const errorKey = add.error instanceof CartActionError ? add.error.key : add.error ? "failed" : null

  const submit = () => {
    setAdded(null)
    add.mutate(
      { variantId, quantity: Math.min(quantity, max), locale },
      {
        onSuccess: () => {
          setAdded(t("added", { title: `${title} ${variant?.title ?? ""}`.trim(), quantity }))
          drawer.open()
        },
      },
    )
  }

  if (variants.length === 0) return null
  return (
    <form className="add-to-cart" onSubmit={(event) => (event.preventDefault(), submit())}>
      <VariantPicker
        productId={productId}
        variants={variants}
        selectedId={variantId}
        stock={stock.data}
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
      <button type="submit" className="button button--block" disabled={soldOut || !variant?.price || add.isPending}>
        {soldOut ? t("soldOut") : add.isPending ? t("adding") : t("addToCart")}
      </button>
      <p role="status" aria-live="polite" className={errorKey ? "form-error" : "muted"}>
        {errorKey ? tCart(CART_ERRORS[errorKey]) : added}
      </p>
    </form>
  )
}
