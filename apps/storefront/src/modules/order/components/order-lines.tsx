import { useTranslations } from "next-intl"
import { formatFen } from "@/lib/view/money"
import type { OrderStatusLine } from "@/lib/view/order-status"
import styles from "../order.module.css"

/** Each line with what of it has shipped and what is being or was returned. */
export function OrderLines({ lines }: { lines: OrderStatusLine[] }) {
  const t = useTranslations("afterSale")
  return (
    <section className={styles.section} aria-labelledby="order-lines-title">
      <h2 id="order-lines-title">{t("items")}</h2>
      <ul className={`plain-list ${styles.lines}`}>
        {lines.map((line) => (
          <li key={line.id} className={styles.line}>
            <span className={styles.line__title}>
              {line.title} {line.variantTitle} × {line.quantity}
            </span>
            <span>{formatFen(line.totalFen)}</span>
            <span className={styles.line__counts}>
              {t("lineShipped", { shipped: line.shippedQuantity, quantity: line.quantity })}
              {line.returnedQuantity > 0 ? ` · ${t("lineReturned", { count: line.returnedQuantity })}` : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
