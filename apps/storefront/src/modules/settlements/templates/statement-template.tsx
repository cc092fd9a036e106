import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { SettlementActor, StatementDetail } from "@/lib/data/settlements"
import { toStatementLineView, toStatementView } from "@/lib/view/settlements"
import { DownloadLinks } from "../components/download-links"
import { StatementLines } from "../components/statement-lines"
import { StatementSummary } from "../components/statement-summary"
import styles from "../settlements.module.css"

type Props = { actor: SettlementActor; detail: StatementDetail | null }

/** One statement: its totals, the CSV and PDF in the clerk's language, then every line it sums. */
export async function StatementTemplate({ actor, detail }: Props) {
  const t = await getTranslations("settlements")
  const locale = await getLocale()
  const back = (
    <Link href={`/portal/${actor}/settlements`} className={styles.back}>
      {t("back")}
    </Link>
  )
  if (!detail)
    return (
      <section>
        {back}
        <p className="card">{t("notFound")}</p>
      </section>
    )
  const statement = toStatementView(detail.statement, locale)
  const lang = locale === "en" ? "en" : "zh"
  const file = (format: "csv" | "pdf") =>
    `/api/${actor}/settlements/${encodeURIComponent(statement.id)}/statement?format=${format}&lang=${lang}`
  return (
    <section>
      {back}
      <StatementSummary actor={actor} statement={statement} level={1}>
        <DownloadLinks
          label={t("downloads")}
          links={(["csv", "pdf"] as const).map((format) => ({
            href: file(format),
            label: t("download", { format: format.toUpperCase() }),
          }))}
        />
      </StatementSummary>
      <h2 className={styles.sectionTitle}>{t("lines.title")}</h2>
      <StatementLines actor={actor} lines={detail.lines.map(toStatementLineView)} />
    </section>
  )
}
