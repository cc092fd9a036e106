// A session's cart links, its live figures (once, or as a stream) and the host's commission report.
import "server-only"
import {
  CartLinkSchema,
  CommissionReportSchema,
  SessionStatsSchema,
  type CartLink,
  type CommissionReport,
  type CreateCartLinkBody,
  type SessionStats,
} from "@fengshou/live-contract"
import { z } from "zod"
import { BackendUnavailableError, getBackendConfig } from "@/lib/medusa"
import { consoleFetch } from "./console-fetch"

const sessionPath = (id: string) => `/host/sessions/${encodeURIComponent(id)}` as const

export async function listLinks(token: string, sessionId: string): Promise<CartLink[]> {
  const body = await consoleFetch<unknown>(`${sessionPath(sessionId)}/links`, token)
  return z.object({ links: z.array(CartLinkSchema) }).parse(body).links
}

export async function createLink(token: string, sessionId: string, body: CreateCartLinkBody): Promise<CartLink> {
  const answer = await consoleFetch<unknown>(`${sessionPath(sessionId)}/links`, token, { method: "POST", body })
  return z.object({ link: CartLinkSchema }).parse(answer).link
}

export async function getSessionStats(token: string, sessionId: string): Promise<SessionStats> {
  return SessionStatsSchema.parse(await consoleFetch<unknown>(`${sessionPath(sessionId)}/stats`, token))
}

export async function getCommissions(token: string): Promise<CommissionReport> {
  return CommissionReportSchema.parse(await consoleFetch<unknown>("/host/commissions", token))
}

/**
 * The backend's event stream of the session's figures, as an open response for the storefront's route handler to
 * pass on; `signal` is the browser's request, so closing the panel closes the upstream connection too.
 */
export async function openStatsStream(token: string, sessionId: string, signal: AbortSignal): Promise<Response> {
  const { url } = await getBackendConfig()
  try {
    return await fetch(`${url}${sessionPath(sessionId)}/stream`, {
      headers: { authorization: `Bearer ${token}`, accept: "text/event-stream" },
      cache: "no-store",
      signal,
    })
  } catch (error) {
    throw new BackendUnavailableError(`${url} is not reachable`, { cause: error })
  }
}
