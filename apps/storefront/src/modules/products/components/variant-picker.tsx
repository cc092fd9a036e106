"use client"

import { useTranslations } from "next-intl"
import type { VariantView } from "@/lib/view/product"
import { VariantStock } from "./variant-stock"

type Props = { productId: string; variants: VariantView[]; selectedId: string; onSelect: (id: string) => void }

/** Sizes by weight as a radio group: arrow keys move between them, each shows its price and price per 斤 / kg. */
export function VariantPicker({ productId, variants, selectedId, onSelect }: Props) {
  const t = useTranslations("product")
  return (
    <fieldset className="variant-picker">
      <legend>{t("chooseSize")}</legend>
      {variants.map((variant) => (
        <label key={variant.id} className="variant-option">
          <input
            type="radio"
            name="variant"
            value={variant.id}
            checked={variant.id === selectedId}
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
      ))}
    </fieldset>
  )
}
