import type { VariantView } from "@/lib/view/product"

/**
 * A size as the picker names it: weight (or title), price and price per 斤 / kg. Rendered on the server and handed to
 * the client picker, which adds only what changes (checked, sold out, live stock).
 */
export function VariantLabel({ variant }: { variant: VariantView }) {
  return (
    <>
      <span className="variant-option__title">
        {variant.weight ? variant.weight.primary : variant.title}
        {variant.weight && <span className="muted"> ({variant.weight.secondary})</span>}
      </span>
      <span className="variant-option__price">{variant.price?.formatted ?? "—"}</span>
      {variant.unitPrice && <span className="muted">{variant.unitPrice}</span>}
    </>
  )
}
