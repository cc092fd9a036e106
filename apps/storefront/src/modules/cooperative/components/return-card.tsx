import { getLocale, getTranslations } from "next-intl/server"
import type { CooperativeReturn } from "@/lib/data/cooperative-returns"
import { formatFen } from "@/lib/view/money"
import styles from "../after-sale.module.css"
import { ReceiveReturnForm } from "./receive-return-form"
import { RefundForm } from "./refund-form"
import { shanghaiTime as when } from "./shanghai-time"

/** One return: its order, lines, reasons and the shopper's notes, then the next step (receive, then refund). */
export async function ReturnCard({ ret, justHandled = false }: { ret: CooperativeReturn; justHandled?: boolean }) {
  const t = await getTranslations("cooperativeAfterSale.returns")
  const tAll = await getTranslations("cooperativeAfterSale")
  const locale = await getLocale()
  // The backend takes the rest of a partly received return, and another refund up to what is left after a partial one.
  const canReceive = ret.status === "requested" || ret.status === "partially_received"
  const canRefund =
    ret.status !== "requested" &&
    ret.status !== "canceled" &&
    ret.refundable_fen > 0 &&
    ret.items.some((i) => i.received_quantity > 0)
  const titleId = `return-${ret.id}`
  return (
    <li className={`card ${styles.card}`} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {t("heading", { number: ret.display_id })}
        <span className="portal-tag" data-return-status={ret.status}>
          {t(`status.${ret.status}`)}
        </span>
        {justHandled && <span className={`portal-tag ${styles.handled}`}>{tAll("justHandled")}</span>}
      </h2>
      <div className={styles.column}>
        <p className="muted">
          {t("requestedAt", { date: when(ret.created_at, locale) })}
          {ret.received_at ? ` · ${t("receivedAt", { date: when(ret.received_at, locale) })}` : null}
        </p>
        <ul className={styles.lines}>
          {ret.items.map((item) => (
            <li key={item.line_item_id}>
              <strong>
                {item.title}
                {item.variant_title ? ` · ${item.variant_title}` : ""}
              </strong>{" "}
              × {item.quantity}
              {item.received_quantity > 0 && item.received_quantity !== item.quantity ? (
                <span className="muted">
                  {" "}
                  {t("receivedCount", { received: item.received_quantity, total: item.quantity })}
                </span>
              ) : null}
              {item.reason ? <div>{t("reason", { reason: t(`reasons.${item.reason}`) })}</div> : null}
              {item.note ? <div className="portal-detail">{t("note", { note: item.note })}</div> : null}
            </li>
          ))}
        </ul>
        {ret.refunded_fen > 0 && <p>{t("refunded", { amount: formatFen(ret.refunded_fen) })}</p>}
      </div>
      <div className={`${styles.column} ${styles.actions}`}>
        {canReceive && <ReceiveReturnForm returnId={ret.id} />}
        {canRefund && ret.status !== "refunded" && <RefundForm returnId={ret.id} refundableFen={ret.refundable_fen} />}
        {canRefund && ret.status === "refunded" && (
          <details className={styles.section}>
            <summary className={styles.summaryToggle}>
              {t("refundRest", { amount: formatFen(ret.refundable_fen) })}
            </summary>
            <RefundForm returnId={ret.id} refundableFen={ret.refundable_fen} />
          </details>
        )}
      </div>
    </li>
  )
}
