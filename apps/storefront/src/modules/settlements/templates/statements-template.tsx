import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { SettlementActor, StatementPage } from "@/lib/data/settlements"
import { toStatementView } from "@/lib/view/settlements"
import { StatementSummary } from "../components/statement-summary"
import styles from "../settlements.module.css"

type Props = { actor: SettlementActor; page: StatementPage }

/** The actor's statements, newest month first, each opening its lines; the cooperative also reaches its 分红表. */
export async function StatementsTemplate({ actor, page }: Props) {
  const t = await getTranslations("settlements")
  const locale = await getLocale()
  const base = `/portal/${actor}/settlements`
  return (
    <section aria-labelledby="settlements-title">
      <h1 id="settlements-title">{actor === "cooperative" ? t("title") : t("hostTitle")}</h1>
      <p className={`muted ${styles.intro}`}>{actor === "cooperative" ? t("intro") : t("hostIntro")}</p>
      {actor === "cooperative" && (
        <p>
          <Link href={`${base}/households`} className={styles.back}>
            {t("households.link")} →
          </Link>
        </p>
      )}
      {page.statements.length === 0 ? (
        <p className="card" data-testid="settlements-empty">
          {actor === "cooperative" ? t("empty") : t("hostEmpty")}
        </p>
      ) : (
        <ul className={`plain-list ${styles.list}`}>
          {page.statements.map((statement) => (
            <li key={statement.id}>
              <StatementSummary actor={actor} statement={toStatementView(statement, locale)} level={2}>
                <Link
                  href={`${base}/${encodeURIComponent(statement.id)}`}
                  className={`button button--secondary ${styles.open}`}
                  aria-label={`${t("open")} ${statement.number}`}
                >
                  {t("open")}
                </Link>
              </StatementSummary>
            </li>
          ))}
        </ul>
      )}
      {page.count > page.statements.length && (
        <p className="muted">{t("count", { count: page.count, shown: page.statements.length })}</p>
      )}
    </section>
  )
}
