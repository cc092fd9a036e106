import { getTranslations } from "next-intl/server"
import type { HouseholdIncomeView } from "@/lib/view/settlements"
import styles from "../settlements.module.css"

type Props = Pick<HouseholdIncomeView, "households" | "totals" | "collective">

/**
 * Each household's income: a card each on a phone, one table from tablet width with the households' sums, the village
 * collective's row and the total, as the printed sheet has them.
 */
export async function HouseholdIncomeRows({ households, totals, collective }: Props) {
  const t = await getTranslations("settlements.households")
  if (households.length === 0) return null
  return (
    <>
      <ul className={`plain-list ${styles.cards}`}>
        {households.map((h) => (
          <li key={h.id} className={`card ${styles.lineCard}`} data-testid="household-income">
            <p className={styles.lineHead}>
              <span>
                <span className={styles.number}>{h.code}</span> {h.name ?? ""}
              </span>
              <span>{h.total}</span>
            </p>
            <p className="muted">
              {t(`statuses.${h.status}`)} · {t("personsCount", { count: h.persons })}
            </p>
            <dl className={styles.lineFigures}>
              <div className={styles.pair}>
                <dt>{t("supply")}</dt>
                <dd>{h.supply}</dd>
              </div>
              <div className={styles.pair}>
                <dt>{t("dividend")}</dt>
                <dd>{h.dividend}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.text}>
                {t("code")}
              </th>
              <th scope="col" className={styles.text}>
                {t("name")}
              </th>
              <th scope="col" className={styles.text}>
                {t("status")}
              </th>
              <th scope="col">{t("persons")}</th>
              <th scope="col">{t("supply")}</th>
              <th scope="col">{t("dividend")}</th>
              <th scope="col">{t("total")}</th>
            </tr>
          </thead>
          <tbody>
            {households.map((h) => (
              <tr key={h.id}>
                <th scope="row" className={`${styles.text} ${styles.number}`}>
                  {h.code}
                </th>
                <td className={styles.text}>{h.name ?? "—"}</td>
                <td className={styles.text}>{t(`statuses.${h.status}`)}</td>
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
                {t("householdsTotal")}
              </th>
              <td>{totals.persons}</td>
              <td>{totals.supply}</td>
              <td>{totals.dividend}</td>
              <td>{totals.households}</td>
            </tr>
            <tr className={styles.collective}>
              <th scope="row" colSpan={6} className={styles.text}>
                {t("collective")}
              </th>
              <td>{collective}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={6} className={styles.text}>
                {t("allTotal")}
              </th>
              <td>{totals.all}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  )
}
