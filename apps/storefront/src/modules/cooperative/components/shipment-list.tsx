import { getLocale, getTranslations } from "next-intl/server"
import type { Shipment } from "@fengshou/store-contract"
import { carrierName } from "@/lib/cooperative/after-sale-view"
import styles from "../after-sale.module.css"
import { DeliverForm } from "./deliver-form"
import { shanghaiTime } from "./shanghai-time"

/** The parcels sent for an order: carrier, tracking number, when shipped and delivered, and "mark delivered". */
export async function ShipmentList({ orderId, shipments }: { orderId: string; shipments: Shipment[] }) {
  if (shipments.length === 0) return null
  const t = await getTranslations("cooperativeAfterSale.shipments")
  const locale = await getLocale()
  return (
    <section aria-label={t("title")}>
      <ul className={`plain-list ${styles.shipments}`}>
        {shipments.map((s) => (
          <li key={s.id} className={styles.shipment}>
            <p>
              <strong>{carrierName(s, locale) ?? t("carrierUnknown")}</strong>
              {s.tracking_number ? (
                <>
                  {" · "}
                  <span className={styles.tracking}>{t("tracking", { number: s.tracking_number })}</span>
                </>
              ) : null}
            </p>
            <p className="muted">
              {s.shipped_at ? t("shippedAt", { date: shanghaiTime(s.shipped_at, locale) }) : null}
              {" · "}
              {s.delivered_at ? t("deliveredAt", { date: shanghaiTime(s.delivered_at, locale) }) : t("inTransit")}
            </p>
            {!s.delivered_at && <DeliverForm orderId={orderId} fulfillmentId={s.id} />}
          </li>
        ))}
      </ul>
    </section>
  )
}
