import { useFormatter, useTranslations } from "next-intl"
import { maskMobile } from "@/lib/schemas/phone"
import { formatFen } from "@/lib/view/money"
import type { OrderView } from "@/lib/view/order"
import { CartTotals } from "@/modules/cart/components/cart-totals"

const STATUS_KEYS = { pending: "statusPending", completed: "statusCompleted", canceled: "statusCanceled" } as const

/** Number, date, status, lines, totals and where it goes; the phone number is masked. */
export function OrderDetails({ order }: { order: OrderView }) {
  const t = useTranslations("order")
  const format = useFormatter()
  const statusKey = STATUS_KEYS[order.status as keyof typeof STATUS_KEYS] ?? "statusOther"
  return (
    <div className="order-details">
      <dl className="facts">
        <div>
          <dt>{t("orderNumber")}</dt>
          <dd data-testid="order-number" className="order-number">
            {order.displayId ?? order.id}
          </dd>
        </div>
        {order.createdAt && (
          <div>
            <dt>{t("placedOn")}</dt>
            <dd>{format.dateTime(new Date(order.createdAt), { dateStyle: "medium", timeStyle: "short" })}</dd>
          </div>
        )}
        <div>
          <dt>{t("status")}</dt>
          <dd>{t(statusKey)}</dd>
        </div>
      </dl>
      <h2>{t("items")}</h2>
      <ul className="plain-list summary-lines">
        {order.lines.map((line) => (
          <li key={line.id}>
            <span>
              {line.title} {line.variantTitle} {t("quantity", { quantity: line.quantity })}
            </span>
            <span>{formatFen(line.totalFen)}</span>
          </li>
        ))}
      </ul>
      <CartTotals totals={order} shippingKnown />
      {order.shippingAddress && (
        <>
          <h2>{t("shipTo")}</h2>
          <p>
            {order.shippingAddress.name} {maskMobile(order.shippingAddress.phone)}
            <br />
            {order.shippingAddress.region} {order.shippingAddress.street}
          </p>
        </>
      )}
      {order.shippingMethods.length > 0 && (
        <p>
          {t("delivery")}: {order.shippingMethods.join("、")}
        </p>
      )}
    </div>
  )
}
