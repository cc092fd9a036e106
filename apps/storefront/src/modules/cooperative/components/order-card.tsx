import { getLocale, getTranslations } from "next-intl/server"
import { canCancel, orderProgress } from "@/lib/cooperative/after-sale-view"
import type { CooperativeOrder } from "@/lib/data/cooperative-orders"
import { formatFen } from "@/lib/view/money"
import styles from "../after-sale.module.css"
import { CancelOrderForm } from "./cancel-order-form"
import { ShipForm } from "./ship-form"
import { ShipmentList } from "./shipment-list"
import { shanghaiTime } from "./shanghai-time"

/** One order: its state, the cooperative's lines, where it goes; then the parcels sent, ship or cancel. */
export async function OrderCard({ order, justHandled = false }: { order: CooperativeOrder; justHandled?: boolean }) {
  const t = await getTranslations("portal.orders")
  const ta = await getTranslations("cooperativeAfterSale.orders")
  const tAll = await getTranslations("cooperativeAfterSale")
  const locale = await getLocale()
  const progress = orderProgress(order)
  const open = progress === "to_ship" || progress === "partially_shipped"
  const a = order.shipping_address
  const titleId = `order-${order.id}`
  return (
    <li className={`card ${styles.card}`} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {t("order", { number: order.display_id })}
        <span className="portal-tag" data-order-progress={progress}>
          {ta(`progress.${progress}`)}
        </span>
        <span className="portal-tag" data-payment-status={order.payment_status}>
          {t(`paymentStatus.${order.payment_status}`)}
        </span>
        {justHandled && <span className={`portal-tag ${styles.handled}`}>{tAll("justHandled")}</span>}
      </h2>
      <div className={styles.column}>
        <p className="muted">{shanghaiTime(order.created_at, locale)}</p>
        <ul className={styles.lines}>
          {order.items.map((i) => (
            <li key={i.id}>
              {i.title}
              {i.variant_title ? ` · ${i.variant_title}` : ""} × {i.quantity}
              {i.fulfilled_quantity > 0 && i.fulfilled_quantity < i.quantity ? (
                <span className="muted">
                  {" "}
                  {t("shippedCount", { shipped: i.fulfilled_quantity, total: i.quantity })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        <p>{formatFen(order.items_total_fen)}</p>
        {a && (
          <address className="portal-address">
            {[a.first_name, a.phone].filter(Boolean).join(" ")}
            <br />
            {[a.province, a.city, a.address_2, a.address_1].filter(Boolean).join(" ")}
          </address>
        )}
      </div>
      <div className={`${styles.column} ${styles.actions}`}>
        <ShipmentList orderId={order.id} shipments={order.shipments} />
        {open && <ShipForm orderId={order.id} />}
        {canCancel(order) && <CancelOrderForm orderId={order.id} />}
      </div>
    </li>
  )
}
