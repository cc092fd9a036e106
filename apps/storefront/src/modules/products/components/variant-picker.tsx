"use client"

import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import type { VariantView } from "@/lib/view/product"
import { isSoldOut } from "./default-variant"
import type { ProductStockState } from "./use-product-stock"
import { VariantStock } from "./variant-stock"

type Props = {
  variants: VariantView[]
  /** Each size's name and prices by variant id (VariantLabel, rendered on the server). */
  labels: Record<string, ReactNode>
  selectedId: string
  stock: ProductStockState
  onSelect: (id: string) => void
}

/**
 * Sizes by weight as a radio group: arrow keys move between them, each shows its price and price per 斤 / kg.
 * Sold-out sizes are disabled (their stock line says 已售罄 / Sold out).
 */
export function VariantPicker({ variants, labels, selectedId, stock, onSelect }: Props) {
  const t = useTranslations("product")
  return (
    <fieldset className="variant-picker">
      <legend>{t("chooseSize")}</legend>
      {variants.map((variant) => {
        const soldOut = isSoldOut(stock.data, variant.id)
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
              {labels[variant.id]}
              <VariantStock stock={stock} variantId={variant.id} />
            </span>
          </label>
        )
      })}
    </fieldset>
  )
}
