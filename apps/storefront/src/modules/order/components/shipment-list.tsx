import { useFormatter, useTranslations } from "next-intl"
import type { ShipmentView } from "@/lib/view/order-status"
import styles from "../order.module.css"
import { CopyButton } from "@/modules/common/components/copy-button"

/** Each parcel: carrier, tracking number (selectable, with a copy button), when it left and arrived, what is in it. */
export function ShipmentList({ shipments }: { shipments: ShipmentView[] }) {
  const t = useTranslations("afterSale.shipments")
  const format = useFormatter()
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })
  return (
    <section className={styles.section} aria-labelledby="shipments-title">
      <h2 id="shipments-title">{t("title")}</h2>
      {shipments.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className="plain-list order-list">
          {shipments.map((shipment, index) => (
            <li key={shipment.id} className={`card ${styles.shipment}`} data-testid="shipment">
              <h3 className="visually-hidden">{t("parcel", { number: index + 1 })}</h3>
              <dl className={styles.facts}>
                <dt>{t("carrier")}</dt>
                <dd data-testid="shipment-carrier">{shipment.carrier ?? t("carrierUnknown")}</dd>
                <dt>{t("trackingNumber")}</dt>
                <dd className={styles.tracking}>
                  {shipment.trackingNumber ? (
                    <>
                      <code data-testid="tracking-number">{shipment.trackingNumber}</code>
                      <CopyButton
                        text={shipment.trackingNumber}
                        label={t("copyLabel")}
                        words={{ copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }}
                      />
                    </>
                  ) : (
                    t("noTracking")
                  )}
                </dd>
                {shipment.shippedAt && (
                  <>
                    <dt>{t("shippedAt")}</dt>
                    <dd>{date(shipment.shippedAt)}</dd>
                  </>
                )}
                {shipment.deliveredAt && (
                  <>
                    <dt>{t("deliveredAt")}</dt>
                    <dd>{date(shipment.deliveredAt)}</dd>
                  </>
                )}
                <dt>{t("contents")}</dt>
                <dd>{shipment.items.map((item) => `${item.title} × ${item.quantity}`).join("、")}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
