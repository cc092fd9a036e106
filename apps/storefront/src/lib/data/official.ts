// The official dashboard's calls: sign-in, who is signed in, the relief summary, and the export download.
// Always from the server with the official's JWT from the `fs_official` cookie; never cached.
import "server-only"
import {
  OfficialMeResponseSchema,
  ReliefSummarySchema,
  type OfficialProfile,
  type ReliefSummary,
} from "@fengshou/store-contract"
import { cache } from "react"
import { BackendUnavailableError, getBackendConfig } from "@/lib/medusa"
import { getConsoleToken } from "@/lib/console-session"
import {
  reportLang,
  reportParams,
  type ExportFormat,
  type ReportFilters,
  type ReportGrouping,
  type ReportLang,
} from "@/lib/official/report-query"
import { fromBackend } from "./parse-contract"
import { ConsoleApiError, consoleFetch } from "./console-fetch"

export type { OfficialProfile, OfficialScope } from "@fengshou/store-contract"
export type OfficialSession =
  { state: "signedIn"; token: string; profile: OfficialProfile } | { state: "signedOut" | "expired" | "disabled" }

/** Medusa's emailpass login for the `official` actor; 401 for a wrong email or password. */
export async function loginOfficial(email: string, password: string): Promise<string> {
  const { token } = await consoleFetch<{ token: string }>("/auth/official/emailpass", null, {
    method: "POST",
    body: { email, password },
  })
  return token
}

/** The official behind the cookie, once per request: "expired" when the backend refuses the token, "disabled" when the operator did. */
export const getOfficialSession = cache(async (): Promise<OfficialSession> => {
  const token = await getConsoleToken("official")
  if (!token) return { state: "signedOut" }
  try {
    const { official } = fromBackend(
      OfficialMeResponseSchema,
      await consoleFetch<unknown>("/official/me", token),
      "GET /official/me",
    )
    return { state: "signedIn", token, profile: official }
  } catch (error) {
    if (error instanceof ConsoleApiError && error.status === 401) return { state: "expired" }
    if (error instanceof ConsoleApiError && error.status === 403) return { state: "disabled" }
    throw error
  }
})

/**
 * One grouping of the relief report for the filters, rows named in the locale's language; the backend refuses a
 * region outside the scope (403) and one not in the national data (400).
 */
export async function getReliefSummary(
  token: string,
  filters: ReportFilters,
  groupBy: ReportGrouping,
  locale: string,
): Promise<ReliefSummary> {
  const query = reportParams(filters, groupBy, reportLang(locale))
  const body = await consoleFetch<unknown>("/official/relief/summary", token, { query })
  return fromBackend(ReliefSummarySchema, body, "GET /official/relief/summary")
}

/**
 * A region's name in the locale's language, as the report names it: the summary of one day by channel (the
 * smallest answer) carries it. For the breadcrumb's places above the one read.
 */
export async function getRegionName(token: string, region: string, day: string, locale: string): Promise<string> {
  const summary = await getReliefSummary(token, { region, from: day, to: day }, "channel", locale)
  return summary.region_name
}

/** The export file as the backend sends it, to be streamed on by the storefront's route handler. */
export async function fetchReliefExport(
  token: string,
  filters: ReportFilters,
  groupBy: ReportGrouping,
  lang: ReportLang,
  format: ExportFormat,
): Promise<Response> {
  const { url } = await getBackendConfig()
  const query = new URLSearchParams(reportParams(filters, groupBy, lang, format))
  try {
    return await fetch(`${url}/official/relief/export?${query}`, {
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
  } catch (error) {
    throw new BackendUnavailableError(`${url} is not reachable`, { cause: error })
  }
}
