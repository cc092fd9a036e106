"use client"

import type { SessionStats } from "@fengshou/live-contract"
import { createContext, useContext, useEffect, useState, type ReactNode } from "react"
import { parseStatsEvent } from "@/lib/view/live"

export type Connection = "connecting" | "open" | "offline"
type LiveStats = { stats: SessionStats; connection: Connection }

const RETRY_MS = 5_000
const LiveStatsContext = createContext<LiveStats | null>(null)

/**
 * The session's figures as they happen, for the live panel and the product cards alike, so both always show the same
 * units at the same moment: one EventSource on the storefront's stream route, which passes on the backend's `stats`
 * events (the host's token stays in its cookie). EventSource reconnects by itself after a dropped connection; a
 * refused one (a non-200 answer) is retried here every few seconds.
 */
export function LiveStatsProvider({
  sessionId,
  initial,
  children,
}: {
  sessionId: string
  initial: SessionStats
  children: ReactNode
}) {
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

  return <LiveStatsContext.Provider value={{ stats, connection }}>{children}</LiveStatsContext.Provider>
}

/** The streamed figures, or null outside a LiveStatsProvider. */
export const useLiveStats = () => useContext(LiveStatsContext)
