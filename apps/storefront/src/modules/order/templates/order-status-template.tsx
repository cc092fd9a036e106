import { useFormatter, useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { maskMobile } from "@/lib/schemas/phone"
import { formatFen } from "@/lib/view/money"
import type { OrderStatusView } from "@/lib/view/order-status"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { SectionMessages } from "@/modules/common/components/section-messages"
import { CancelOrder } from "../components/cancel-order"
import { OrderLines } from "../components/order-lines"
import { OrderStatusBadge } from "../components/order-status-badge"
import { ReturnList } from "../components/return-list"
import { ReturnRequestForm } from "../components/return-request-form"
import { ShipmentList } from "../components/shipment-list"
import styles from "../order.module.css"

type Props = {
  order: OrderStatusView
  params: Promise<{ locale: string }>
  /** A way back (the account page for its owner). */
  back?: ReactNode
  /** What the order reached (the impact module), given by the route. */
  impact?: ReactNode
}

/** One order after the sale, for its guest or its owner: status, lines, parcels, returns, and what may be done. */
export function OrderStatusTemplate({ order, params, back, impact }: Props) {
  const t = useTranslations("afterSale")
  const format = useFormatter()
  return (
    <section aria-labelledby="order-title" className={styles.page}>
      {back}
      <div className={styles.heading}>
        <h1 id="order-title">{t("title", { number: order.displayId })}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <dl className={styles.facts}>
        <dt>{t("placedOn")}</dt>
        <dd>{format.dateTime(new Date(order.createdAt), { dateStyle: "medium", timeStyle: "short" })}</dd>
        {order.refundedFen > 0 && (
          <>
            <dt>{t("refundedTotal")}</dt>
            <dd data-testid="order-refunded">{formatFen(order.refundedFen)}</dd>
          </>
        )}
      </dl>
      <SectionMessages params={params} namespaces={["afterSale"]}>
        <OrderLines lines={order.lines} />
        <CartTotals totals={order} shippingKnown />
        <ShipmentList shipments={order.shipments} />
        <ReturnList returns={order.returns} />
        {order.canCancel && <CancelOrder orderId={order.id} />}
        {order.returnableLines.length > 0 && (
          <ReturnRequestForm
            orderId={order.id}
            lines={order.returnableLines}
            reasons={order.returnReasons}
            noReasonUntil={order.noReasonUntil}
          />
        )}
      </SectionMessages>
      {order.shippingAddress && (
        <section className={styles.section} aria-labelledby="ship-to-title">
          <h2 id="ship-to-title">{t("shipTo")}</h2>
          <p>
            {order.shippingAddress.name} {maskMobile(order.shippingAddress.phone)}
            <br />
            {order.shippingAddress.region} {order.shippingAddress.street}
          </p>
        </section>
      )}
      {impact}
    </section>
  )
}
