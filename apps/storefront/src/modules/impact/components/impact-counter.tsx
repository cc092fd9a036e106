import { useTranslations } from "next-intl"
import type { ImpactView } from "@/lib/view/impact"

/** The home page's running totals of the relief ledger; nothing shows until the first sale is recorded. */
export function ImpactCounter({ impact }: { impact: ImpactView | null }) {
  const t = useTranslations("impact")
  if (!impact || impact.orders === 0) return null
  return (
    <section aria-labelledby="impact-counter-title" className="impact-counter">
      <h2 id="impact-counter-title" className="section-title">
        {t("counterTitle")}
      </h2>
      <dl className="impact-stats" data-testid="impact-counter">
        <div>
          <dt>{t("sales")}</dt>
          <dd>{impact.sales}</dd>
        </div>
        <div>
          <dt>{t("householdIncome")}</dt>
          <dd>{impact.householdIncome}</dd>
        </div>
        <div>
          <dt>{t("households")}</dt>
          <dd>{t("householdUnit", { count: impact.households })}</dd>
        </div>
        <div>
          <dt>{t("persons")}</dt>
          <dd>{t("personUnit", { count: impact.persons })}</dd>
        </div>
        <div>
          <dt>{t("cooperatives")}</dt>
          <dd>{t("cooperativeUnit", { count: impact.cooperatives })}</dd>
        </div>
      </dl>
      <p className="muted impact-note">{t("counterNote")}</p>
    </section>
  )
}
