"use client"

import { useTranslations } from "next-intl"
import type { ProductStock } from "@/lib/data/product-stock"
import type { VariantView } from "@/lib/view/product"
import { isSoldOut } from "./default-variant"
import { VariantStock } from "./variant-stock"

type Props = {
  productId: string
  variants: VariantView[]
  selectedId: string
  stock?: ProductStock
  onSelect: (id: string) => void
}

/**
 * Sizes by weight as a radio group: arrow keys move between them, each shows its price and price per 斤 / kg.
 * Sold-out sizes are disabled (their stock line says 已售罄 / Sold out).
 */
export function VariantPicker({ productId, variants, selectedId, stock, onSelect }: Props) {
  const t = useTranslations("product")
  return (
    <fieldset className="variant-picker">
      <legend>{t("chooseSize")}</legend>
      {variants.map((variant) => {
        const soldOut = isSoldOut(stock, variant.id)
        return (
          <label key={variant.id} className="variant-option" aria-disabled={soldOut || undefined}>
            <input
              type="radio"
              name="variant"
              value={variant.id}
              checked={variant.id === selectedId}
              disabled={soldOut}
              onChange={() => onSelect(variant.id)}
              className="variant-option__input"
            />
            <span className="variant-option__body">
              <span className="variant-option__title">
                {variant.weight ? variant.weight.primary : variant.title}
                {variant.weight && <span className="muted"> ({variant.weight.secondary})</span>}
              </span>
              <span className="variant-option__price">{variant.price?.formatted ?? "—"}</span>
              {variant.unitPrice && <span className="muted">{variant.unitPrice}</span>}
              <VariantStock productId={productId} variantId={variant.id} />
            </span>
          </label>
        )
      })}
    </fieldset>
  )
}
