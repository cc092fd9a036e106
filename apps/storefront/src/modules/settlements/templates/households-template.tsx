import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { HouseholdIncomeAnswer } from "@/lib/data/settlements"
import { periodLabel, toHouseholdIncomeView } from "@/lib/view/settlements"
import { DownloadLinks } from "../components/download-links"
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
      <div className={`${styles.tableWrap} ${styles.always}`}>
        <table className={styles.table}>
          <caption className="visually-hidden">{`${t("households.title")} ${month}`}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.text}>
                {t("households.code")}
              </th>
              <th scope="col" className={styles.text}>
                {t("households.name")}
              </th>
              <th scope="col" className={styles.text}>
                {t("households.status")}
              </th>
              <th scope="col">{t("households.persons")}</th>
              <th scope="col">{t("households.supply")}</th>
              <th scope="col">{t("households.dividend")}</th>
              <th scope="col">{t("households.total")}</th>
            </tr>
          </thead>
          <tbody>
            {view.households.map((h) => (
              <tr key={h.id}>
                <th scope="row" className={`${styles.text} ${styles.number}`}>
                  {h.code}
                </th>
                <td className={styles.text}>{h.name ?? "—"}</td>
                <td className={styles.text}>{t(`households.statuses.${h.status}`)}</td>
                <td>{h.persons}</td>
                <td>{h.supply}</td>
                <td>{h.dividend}</td>
                <td>{h.total}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3} className={styles.text}>
                {t("households.householdsTotal")}
              </th>
              <td>{view.totals.persons}</td>
              <td>{view.totals.supply}</td>
              <td>{view.totals.dividend}</td>
              <td>{view.totals.households}</td>
            </tr>
            <tr className={styles.collective}>
              <th scope="row" colSpan={6} className={styles.text}>
                {t("households.collective")}
              </th>
              <td data-testid="collective-income">{view.collective}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={6} className={styles.text}>
                {t("households.allTotal")}
              </th>
              <td data-testid="income-total">{view.totals.all}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <DownloadLinks label={t("households.download")} links={[{ href: sheet, label: t("households.download") }]} />
    </section>
  )
}
