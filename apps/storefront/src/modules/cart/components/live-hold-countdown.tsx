"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef, useState } from "react"
import { formatRemaining, holdAnnouncement, holdDisplay, remainingMs, type LineHold } from "@/lib/view/live-hold"
import type { LiveHoldsState } from "../hooks/use-live-holds"

/** This device's clock, read once a second while `ticking`; null before the first read (and on the server). */
function useDeviceClock(ticking: boolean): number | null {
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    if (!ticking) return
    const tick = () => setNow(Date.now())
    const first = setTimeout(tick, 0)
    const every = setInterval(tick, 1000)
    return () => {
      clearTimeout(first)
      clearInterval(every)
    }
  }, [ticking])
  return now
}

/**
 * Beside a live line: how long its units stay held at the live price (库存预扣), ticking by the server's clock. The
 * ticking text is hidden from screen readers, which get the minutes left and a polite announcement at five minutes,
 * one minute and the end. When the hold ends its units went back, so `onEnded` reads the cart and its holds again.
 */
export function LiveHoldCountdown({
  holds,
  onEnded,
  variantId,
  title,
  livePriced,
}: {
  /** The cart's holds (useLiveHolds, read once for all its lines). */
  holds: LiveHoldsState | null
  onEnded: () => void
  variantId: string | null
  title: string
  /** The line is at its live price (below the shelf price): in an open cart, only a hold's end leaves it unheld. */
  livePriced: boolean
}) {
  const t = useTranslations("liveHold")
  const current = variantId ? holds?.byVariant.get(variantId) : undefined
  // The hold this line last counted down, so it can still say "ended" once the server has released it.
  const [last, setLast] = useState<LineHold | null>(null)
  if (current && (current.expiresAtMs !== last?.expiresAtMs || current.quantity !== last.quantity)) setLast(current)
  const offsetMs = holds?.offsetMs ?? 0
  const unheldLivePrice = Boolean(holds?.fresh && livePriced && !current)
  const deviceNow = useDeviceClock(Boolean(current ?? last) || unheldLivePrice)
  const display = deviceNow === null ? null : holdDisplay(current, last, deviceNow + offsetMs, unheldLivePrice)
  const left = display?.kind === "running" ? remainingMs(display.expiresAtMs, deviceNow!, offsetMs) : 0
  const ended = display?.kind === "ended" || (display?.kind === "running" && left === 0)

  // Once per ending, whatever callback the parent passed on this render.
  const whenEnded = useRef(onEnded)
  useEffect(() => {
    whenEnded.current = onEnded
  })
  useEffect(() => {
    if (ended) whenEnded.current()
  }, [ended])

  if (!display) return null
  const announcement = holdAnnouncement(ended ? 0 : left)
  return (
    // A span, so it also fits inside the checkout summary's line text.
    <span className={ended ? "live-hold live-hold--ended" : "live-hold"} data-testid="live-hold">
      {ended ? (
        <span>{t("ended")}</span>
      ) : (
        <>
          <span aria-hidden="true">{t("held", { time: formatRemaining(left) })}</span>
          <span className="visually-hidden">{t("heldMinutes", { minutes: Math.ceil(left / 60_000) })}</span>
        </>
      )}
      <span role="status" className="visually-hidden">
        {announcement === "none" ? "" : t(`announce.${announcement}`, { title })}
      </span>
    </span>
  )
}
