import { getLocale, getTranslations } from "next-intl/server"
import type { CooperativeOrder } from "@/lib/data/cooperative-orders"
import { unshippedItems } from "@/lib/data/cooperative-orders"
import { formatFen } from "@/lib/view/money"
import { ShipForm } from "../components/ship-form"

const CARRIERS = ["顺丰速运", "中国邮政 EMS", "京东物流", "中通快递", "圆通速递", "韵达快递"]

/** Orders with the cooperative's items: what to pack, where to send it, and "mark shipped". */
export async function OrdersTemplate({ orders }: { orders: CooperativeOrder[] }) {
  const t = await getTranslations("portal.orders")
  const locale = await getLocale()
  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">{t("title")}</h1>
      <datalist id="portal-carriers">
        {CARRIERS.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {orders.length === 0 && <p className="muted">{t("empty")}</p>}
      <ul className="plain-list portal-list">
        {orders.map((order) => {
          const canceled = Boolean(order.canceled_at) || order.status === "canceled"
          const open = !canceled && unshippedItems(order).length > 0
          const a = order.shipping_address
          return (
            <li key={order.id} className="card portal-order" aria-labelledby={`order-${order.id}`}>
              <h2 id={`order-${order.id}`} className="portal-order__title">
                {t("order", { number: order.display_id })}
                <span className="portal-tag">{canceled ? t("canceled") : open ? t("toShip") : t("shipped")}</span>
                <span className="portal-tag" data-payment-status={order.payment_status}>
                  {t(`paymentStatus.${order.payment_status}`)}
                </span>
              </h2>
              <p className="muted">
                {new Date(order.created_at).toLocaleString(locale, { timeZone: "Asia/Shanghai" })}
              </p>
              <ul className="portal-order__items">
                {order.items.map((i) => (
                  <li key={i.id}>
                    {i.title}
                    {i.variant_title ? ` · ${i.variant_title}` : ""} × {i.quantity}
                    <span className="muted">
                      {" "}
                      {t("shippedCount", { shipped: i.fulfilled_quantity, total: i.quantity })}
                    </span>
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
              {open && <ShipForm orderId={order.id} />}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
