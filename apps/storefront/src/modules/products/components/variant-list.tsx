import { useTranslations } from "next-intl"
import type { VariantView } from "@/lib/view/product"
import { VariantStock } from "./variant-stock"

export function VariantList({ productId, variants }: { productId: string; variants: VariantView[] }) {
  const t = useTranslations("product")
  return (
    <ul className="variant-list">
      {variants.map((variant) => (
        <li key={variant.id} className="variant">
          <h3 className="variant__title">{variant.title}</h3>
          <dl className="variant__facts">
            {variant.weight && (
              <div>
                <dt>{t("weight")}</dt>
                <dd>
                  {variant.weight.primary} <span className="muted">({variant.weight.secondary})</span>
                </dd>
              </div>
            )}
            <div>
              <dt>{t("price")}</dt>
              <dd className="variant__price">{variant.price?.formatted ?? "—"}</dd>
            </div>
            {variant.unitPrice && (
              <div>
                <dt>{t("unitPrice")}</dt>
                <dd>{variant.unitPrice}</dd>
              </div>
            )}
            <div>
              <dt>{t("stock")}</dt>
              <dd>
                <VariantStock productId={productId} variantId={variant.id} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  )
}
