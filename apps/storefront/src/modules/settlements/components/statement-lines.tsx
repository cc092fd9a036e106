import { getTranslations } from "next-intl/server"
import type { SettlementActor } from "@/lib/data/settlements"
import type { StatementLineView } from "@/lib/view/settlements"
import styles from "../settlements.module.css"

type Column = "sales" | "fee" | "commission" | "net"
/** A host's line is one commission on the sales it is on: no fee, and its net is the commission. */
const COLUMNS: Record<SettlementActor, Column[]> = {
  cooperative: ["sales", "fee", "commission", "net"],
  host: ["sales", "commission"],
}

/** The statement's lines: a card each on a phone, one table from tablet width (CSS shows one of the two). */
export async function StatementLines({ actor, lines }: { actor: SettlementActor; lines: StatementLineView[] }) {
  const t = await getTranslations("settlements")
  if (lines.length === 0) return <p className="muted">{t("lines.empty")}</p>
  const columns = COLUMNS[actor]
  const kind = (line: StatementLineView) => (
    <span className={styles.kind} data-kind={line.kind}>
      {t(`kind.${line.kind}`)}
    </span>
  )
  return (
    <>
      <ul className={`plain-list ${styles.cards}`}>
        {lines.map((line) => (
          <li key={line.id} className={`card ${styles.lineCard}`} data-testid="statement-line">
            <p className={styles.lineHead}>
              <span>
                {t("lines.order")} {line.order} {kind(line)}
              </span>
              <span>{line.net}</span>
            </p>
            {line.title && <p>{line.title}</p>}
            <p className="muted">
              {line.occurredOn} · {t("lines.payable")} {line.payableOn}
            </p>
            <dl className={styles.lineFigures}>
              {columns.map((column) => (
                <div key={column} className={styles.pair}>
                  <dt>{t(`lines.${column}`)}</dt>
                  <dd>{line[column]}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t("lines.title")}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.text}>
                {t("lines.order")}
              </th>
              {actor === "cooperative" && (
                <th scope="col" className={styles.text}>
                  {t("lines.product")}
                </th>
              )}
              <th scope="col" className={styles.text}>
                {t("lines.kind")}
              </th>
              <th scope="col">{t("lines.occurred")}</th>
              <th scope="col">{t("lines.payable")}</th>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`lines.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <th scope="row" className={styles.text}>
                  {line.order}
                </th>
                {actor === "cooperative" && <td className={styles.text}>{line.title}</td>}
                <td className={styles.text}>{kind(line)}</td>
                <td>{line.occurredOn}</td>
                <td>{line.payableOn}</td>
                {columns.map((column) => (
                  <td key={column}>{line[column]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
