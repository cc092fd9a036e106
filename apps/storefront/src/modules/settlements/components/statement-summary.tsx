import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import type { SettlementActor } from "@/lib/data/settlements"
import type { StatementView } from "@/lib/view/settlements"
import styles from "../settlements.module.css"
import { StatementStatus } from "./statement-status"

type Props = {
  actor: SettlementActor
  statement: StatementView
  /** h1 on the statement's own page, h2 in the list. */
  level: 1 | 2
  /** What follows the figures: the link to the lines (list) or the downloads (detail). */
  children?: ReactNode
}

/**
 * A statement's number, month and status, the net payable large, then what it is made of. A cooperative's: gross,
 * refunds, platform fee, host commission; a host's: the sales its commission is on, refunds, commission.
 */
export async function StatementSummary({ actor, statement: s, level, children }: Props) {
  const t = await getTranslations("settlements")
  const Heading = level === 1 ? "h1" : "h2"
  const figures: [string, string][] =
    actor === "cooperative"
      ? [
          [t("gross"), s.gross],
          [t("refunds"), s.refunds],
          [t("feeRate", { rate: s.feeRate }), s.fee],
          [t("commission"), s.commission],
        ]
      : [
          [t("gross"), s.gross],
          [t("refunds"), s.refunds],
          [t("hostCommission"), s.commission],
        ]
  return (
    <article className={`card ${styles.statement}`} aria-labelledby={`statement-${s.id}`}>
      <Heading id={`statement-${s.id}`} className={styles.heading}>
        <span>{s.periodLabel}</span>
        <StatementStatus status={s.status} label={t(`status.${s.status}`)} />
      </Heading>
      <p className="muted">
        {t("number")}{" "}
        <span className={styles.number} data-testid="statement-number">
          {s.number}
        </span>{" "}
        · {t("lineCount", { count: s.lines })}
      </p>
      <p className={styles.net}>
        <span className={styles.netLabel}>{actor === "cooperative" ? t("net") : t("netHost")}</span>
        <strong className={`${styles.netAmount} ${s.netNegative ? styles.negative : ""}`} data-testid="statement-net">
          {s.net}
        </strong>
      </p>
      {s.netNegative && <p className="muted">{t("netNegative")}</p>}
      <dl className={styles.figures}>
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {s.paidOn ? (
        <p className={styles.paid}>
          {t("paid", { date: s.paidOn })}
          {s.bankReference ? ` · ${t("bankReference", { reference: s.bankReference })}` : null}
        </p>
      ) : (
        <p className="muted">{t("openNote")}</p>
      )}
      {children}
    </article>
  )
}
