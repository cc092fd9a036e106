"use client"

import type { SessionStats } from "@fengshou/live-contract"
import { useFormatter, useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import { parseStatsEvent } from "@/lib/view/live"
import { toPanelRows } from "@/lib/view/live-console"
import { formatFen } from "@/lib/view/money"

type Connection = "connecting" | "open" | "offline"
const RETRY_MS = 5_000

/**
 * The session's figures as they happen: the storefront's stream route passes on the backend's `stats` events (the host's
 * token stays in its cookie). EventSource reconnects by itself after a dropped connection; a refused one (a non-200
 * answer) is retried here every few seconds.
 */
export function LivePanel({ sessionId, initial }: { sessionId: string; initial: SessionStats }) {
  const t = useTranslations("host.panel")
  const format = useFormatter()
  const [stats, setStats] = useState(initial)
  const [connection, setConnection] = useState<Connection>("connecting")

  useEffect(() => {
    let source: EventSource | null = null
    let retry: ReturnType<typeof setTimeout> | undefined
    const connect = () => {
      source = new EventSource(`/api/host/sessions/${encodeURIComponent(sessionId)}/stream`)
      source.onopen = () => setConnection("open")
      source.addEventListener("stats", (event) => {
        const next = parseStatsEvent((event as MessageEvent<string>).data)
        if (next) setStats(next)
      })
      source.onerror = () => {
        setConnection("offline")
        if (source?.readyState !== EventSource.CLOSED) return
        source.close()
        retry = setTimeout(connect, RETRY_MS)
      }
    }
    connect()
    return () => {
      clearTimeout(retry)
      source?.close()
    }
  }, [sessionId])

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
