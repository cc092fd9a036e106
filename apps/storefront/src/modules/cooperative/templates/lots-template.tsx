import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CooperativeLot } from "@/lib/data/cooperative-lots"
import type { CooperativeProduct } from "@/lib/data/cooperative-products"
import { formatWeight } from "@/lib/view/weight"
import { LotForm } from "../components/lot-form"
import { variantLabels } from "./variant-labels"

/** The cooperative's lots, newest first, and the form to record a new one. */
export async function LotsTemplate({
  lots,
  products,
  today,
}: {
  lots: CooperativeLot[]
  products: CooperativeProduct[]
  today: string
}) {
  const t = await getTranslations("portal.lots")
  const locale = await getLocale()
  const labels = variantLabels(products, locale)
  return (
    <div className="portal-sections">
      <section aria-labelledby="lots-title">
        <h1 id="lots-title">{t("title")}</h1>
        {lots.length === 0 ? (
          <p className="muted">{t("empty")}</p>
        ) : (
          <ul className="plain-list portal-list">
            {lots.map((lot) => (
              <li key={lot.id} className="card portal-item">
                <Link href={`/portal/cooperative/lots/${lot.id}`} className="portal-item__title">
                  {labels.get(lot.variant_id) ?? lot.variant_id}
                </Link>
                <span className="muted">
                  {t("summary", {
                    date: lot.harvest_date,
                    weight: formatWeight(lot.quantity_g, locale).primary,
                    households: lot.contributions.length,
                  })}
                </span>
                <code className="portal-code">{lot.trace_code}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
      <LotForm variants={[...labels].map(([id, label]) => ({ id, label }))} today={today} />
    </div>
  )
}
