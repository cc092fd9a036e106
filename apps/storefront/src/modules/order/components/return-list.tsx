import { useFormatter, useTranslations } from "next-intl"
import { formatFen } from "@/lib/view/money"
import type { ReturnView } from "@/lib/view/order-status"
import styles from "../order.module.css"

/** The returns asked for: what, why, where each stands, and what was refunded. */
export function ReturnList({ returns }: { returns: ReturnView[] }) {
  const t = useTranslations("afterSale.returns")
  const tReason = useTranslations("afterSale.reasons")
  const format = useFormatter()
  if (returns.length === 0) return null
  return (
    <section className={styles.section} aria-labelledby="returns-title">
      <h2 id="returns-title">{t("title")}</h2>
      <ul className="plain-list order-list">
        {returns.map((ret) => (
          <li key={ret.id} className={`card ${styles.return}`} data-testid="return">
            <dl className={styles.facts}>
              <dt>{t("status")}</dt>
              <dd data-testid="return-status">{t(`statuses.${ret.status}`)}</dd>
              <dt>{t("requestedOn")}</dt>
              <dd>{format.dateTime(new Date(ret.createdAt), { dateStyle: "medium" })}</dd>
              <dt>{t("items")}</dt>
              <dd>
                {ret.items.map((item, index) => (
                  <span key={index}>
                    {index > 0 ? "、" : null}
                    {item.title} × {item.quantity}
                    {item.reason ? t("withReason", { reason: tReason(item.reason) }) : null}
                  </span>
                ))}
              </dd>
              {ret.items.some((item) => item.note) && (
                <>
                  <dt>{t("note")}</dt>
                  <dd>{ret.items.flatMap((item) => (item.note ? [item.note] : [])).join("；")}</dd>
                </>
              )}
              {ret.refundedFen > 0 && (
                <>
                  <dt>{t("refunded")}</dt>
                  <dd data-testid="return-refunded">{formatFen(ret.refundedFen)}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  )
}
