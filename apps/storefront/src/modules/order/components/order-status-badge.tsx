import type { ShopperOrderStatus } from "@fengshou/store-contract"
import { useTranslations } from "next-intl"
import styles from "../order.module.css"

const TONE: Record<ShopperOrderStatus, "progress" | "done" | "warn" | "neutral"> = {
  awaiting_payment: "warn",
  awaiting_shipment: "progress",
  partially_shipped: "progress",
  shipped: "progress",
  delivered: "done",
  canceled: "neutral",
  refunding: "warn",
  refunded: "done",
}

/** 待付款, 待发货, … 已退款: the order's state in one word, in text (the colour only repeats it). */
export function OrderStatusBadge({ status }: { status: ShopperOrderStatus }) {
  const t = useTranslations("afterSale.status")
  return (
    <span className={styles.badge} data-tone={TONE[status]} data-testid="order-status">
      {t(status)}
    </span>
  )
}
