import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { HouseholdIncomeAnswer } from "@/lib/data/settlements"
import { periodLabel, toHouseholdIncomeView } from "@/lib/view/settlements"
import { DownloadLinks } from "../components/download-links"
import { HouseholdIncomeRows } from "../components/household-income-rows"
import styles from "../settlements.module.css"

/**
 * What each household earned in the month (supply payments + dividend) and the village collective's income, with the
 * dividend sheet (分红表) to print. Names show here only: this is the owning cooperative's own console.
 */
export async function HouseholdIncomeTemplate({ income }: { income: HouseholdIncomeAnswer }) {
  const t = await getTranslations("settlements")
  const locale = await getLocale()
  const view = toHouseholdIncomeView(income)
  const month = periodLabel(view.period, locale)
  const lang = locale === "en" ? "en" : "zh"
  const sheet = `/api/cooperative/settlements/households/dividend-sheet?${new URLSearchParams({ period: view.period, lang })}`
  return (
    <section aria-labelledby="households-income-title">
      <Link href="/portal/cooperative/settlements" className={styles.back}>
        {t("back")}
      </Link>
      <h1 id="households-income-title">{t("households.title")}</h1>
      <p className={`muted ${styles.intro}`}>{t("households.intro")}</p>
      <form method="get" className={styles.picker}>
        <div className="field">
          <label htmlFor="settlement-period" className="field__label">
            {t("households.period")}
          </label>
          <input
            id="settlement-period"
            name="period"
            type="month"
            className="field__control"
            defaultValue={view.period}
            required
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t("households.show")}
        </button>
      </form>
      <h2 className={styles.sectionTitle}>{month}</h2>
      {view.households.length === 0 && !view.collectiveEarned && (
        <p className="muted">{t("households.empty", { period: month })}</p>
      )}
      <dl className={`card ${styles.figures} ${styles.incomeTotals}`}>
        <div>
          <dt>{t("households.householdsTotal")}</dt>
          <dd>
            {view.totals.households}{" "}
            <span className="muted">{t("households.personsCount", { count: view.totals.persons })}</span>
          </dd>
        </div>
        <div>
          <dt>{t("households.collective")}</dt>
          <dd data-testid="collective-income">{view.collective}</dd>
        </div>
        <div>
          <dt>{t("households.allTotal")}</dt>
          <dd data-testid="income-total">{view.totals.all}</dd>
        </div>
      </dl>
      <HouseholdIncomeRows households={view.households} totals={view.totals} collective={view.collective} />
      <DownloadLinks label={t("households.download")} links={[{ href: sheet, label: t("households.download") }]} />
    </section>
  )
}
