import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CooperativeHousehold } from "@/lib/data/cooperative-households"
import type { CooperativeLot } from "@/lib/data/cooperative-lots"
import { formatUnitPrice, formatWeight } from "@/lib/view/weight"
import { ContributionForm } from "../components/contribution-form"

type Props = { lot: CooperativeLot; label: string; households: CooperativeHousehold[] }

/** One lot: its public trace code, certificate, the households that supplied it, and a form to add one. */
export async function LotTemplate({ lot, label, households }: Props) {
  const t = await getTranslations("portal.lot")
  const locale = await getLocale()
  const weight = (g: number) => formatWeight(g, locale).primary
  const byId = new Map(households.map((h) => [h.id, h]))
  const taken = new Set(lot.contributions.map((c) => c.household_id))
  const options = households
    .filter((h) => !taken.has(h.id))
    .map((h) => ({ id: h.id, label: h.name ? `${h.code} ${h.name}` : h.code }))
  const cert = lot.certificate ?? {}
  return (
    <div className="portal-sections">
      <section aria-labelledby="lot-title">
        <Link href="/portal/cooperative" className="back-link">
          {t("back")}
        </Link>
        <h1 id="lot-title">{label}</h1>
        <dl className="facts">
          <div>
            <dt>{t("traceCode")}</dt>
            <dd>
              <code className="portal-code" data-testid="trace-code">
                {lot.trace_code}
              </code>
            </dd>
          </div>
          <div>
            <dt>{t("harvestDate")}</dt>
            <dd>{lot.harvest_date}</dd>
          </div>
          <div>
            <dt>{t("quantity")}</dt>
            <dd>{weight(lot.quantity_g)}</dd>
          </div>
          <div>
            <dt>{t("contributed")}</dt>
            <dd>
              {t("contributedOf", {
                contributed: weight(lot.contributed_g),
                left: weight(lot.quantity_g - lot.contributed_g),
              })}
            </dd>
          </div>
          {cert.producer && (
            <div>
              <dt>{t("producer")}</dt>
              <dd>{cert.producer}</dd>
            </div>
          )}
          {cert.origin && (
            <div>
              <dt>{t("origin")}</dt>
              <dd>{cert.origin}</dd>
            </div>
          )}
        </dl>
        <p>
          <Link href={`/trace/${lot.trace_code}`} prefetch={false} className="button button--secondary">
            {t("openTrace")}
          </Link>
        </p>
        <h2>{t("contributions", { count: lot.contributions.length })}</h2>
        {lot.contributions.length === 0 ? (
          <p className="muted">{t("noContributions")}</p>
        ) : (
          <ul className="plain-list portal-list">
            {lot.contributions.map((c) => {
              const household = c.household_id ? byId.get(c.household_id) : undefined
              return (
                <li key={c.id} className="card portal-item">
                  <span className="portal-item__title">
                    {c.household_code}
                    {household?.name ? ` ${household.name}` : ""}
                  </span>
                  <span>
                    {weight(c.quantity_g)} · {formatUnitPrice(c.farmgate_fen_per_kg, 1000, locale)}
                  </span>
                </li>
              )
            })}
          </ul>
        )}
      </section>
      <ContributionForm lotId={lot.id} households={options} />
    </div>
  )
}
