"use client"

import { useFormatter, useTranslations } from "next-intl"
import { toPanelRows } from "@/lib/view/live-console"
import { formatFen } from "@/lib/view/money"
import { useLiveStats } from "./live-stats"

/** The session's figures as they happen (streamed by the LiveStatsProvider around it). */
export function LivePanel() {
  const t = useTranslations("host.panel")
  const format = useFormatter()
  const live = useLiveStats()
  if (!live) throw new Error("LivePanel needs a LiveStatsProvider")
  const { stats, connection } = live

  const onAir = connection === "open" && stats.status !== "ended"
  return (
    <section className="card live-panel" aria-labelledby="live-panel-title">
      <div className="live-panel__head">
        <h2 id="live-panel-title">{t("title")}</h2>
        <span
          className={`live-indicator live-indicator--${onAir ? "on" : connection === "open" ? "ended" : connection}`}
          role="status"
        >
          {onAir ? t("live") : connection === "open" ? t("ended") : t(connection)}
        </span>
      </div>
      <dl className="portal-stats live-panel__totals" aria-live="polite">
        <div>
          <dt>{t("orders")}</dt>
          <dd data-testid="live-orders">{stats.orders}</dd>
        </div>
        <div>
          <dt>{t("gmv")}</dt>
          <dd data-testid="live-gmv">{formatFen(stats.gmv_fen)}</dd>
        </div>
        <div>
          <dt>{t("units")}</dt>
          <dd data-testid="live-units">{stats.units}</dd>
        </div>
      </dl>
      <p className="muted">
        {t("lastOrder")}{" "}
        {stats.last_order_at ? format.dateTime(new Date(stats.last_order_at), { timeStyle: "medium" }) : t("noOrders")}
        {stats.refunded_fen > 0 && <> · {t("refunded", { amount: formatFen(stats.refunded_fen) })}</>}
      </p>
      <ul className="plain-list live-panel__rows">
        {toPanelRows(stats).map((row) => (
          <li key={row.id} className="live-panel__row">
            <span className="live-panel__product">{row.title}</span>
            <span>{t("sold", { units: row.units, gmv: row.gmv })}</span>
            <span className={row.soldOut ? "live-card__sold-out" : "muted"}>
              {row.soldOut ? t("soldOut") : t("remaining", { remaining: row.remaining, cap: row.cap })}
            </span>
            <meter
              min={0}
              max={row.cap}
              value={row.cap - row.remaining}
              aria-label={t("capUsed", { title: row.title })}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
