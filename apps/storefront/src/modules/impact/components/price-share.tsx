import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getProductImpact } from "@/lib/data/impact"
import { toPriceShares } from "@/lib/view/impact"
import type { VariantView } from "@/lib/view/product"

type Props = { productId: string; handle: string; variants: readonly VariantView[] }

/**
 * "¥x of ¥y reaches N households", per size: the product page's answer to relief goods sold at inflated prices.
 * Streams in after the page; if the read fails the product page goes without it.
 */
export async function PriceShare({ productId, handle, variants }: Props) {
  const [impact, t] = await Promise.all([
    getProductImpact(productId, handle).catch(() => null),
    getTranslations("impact.priceShare"),
  ])
  const shares = impact ? toPriceShares(impact, variants) : []
  if (!shares.length) return null
  const traceCode = shares.find((s) => s.traceCode)?.traceCode
  return (
    <section aria-labelledby="price-share-title" className="price-share">
      <h2 id="price-share-title">{t("title")}</h2>
      <ul className="plain-list price-share__lines" data-testid="price-share">
        {shares.map((share) => (
          <li key={share.variantId}>
            {t(share.message, share.values)}
            {share.allHouseholds ? <span className="muted"> {t("allHouseholds", share.allHouseholds)}</span> : null}
          </li>
        ))}
      </ul>
      <p className="muted price-share__how">{t("how")}</p>
      {traceCode && (
        <Link href={`/trace/${traceCode}`} className="price-share__link">
          {t("lotLink")} →
        </Link>
      )}
    </section>
  )
}
