// What the dashboard route does: who is signed in (else the login), the filters from the URL, then the four
// groupings of the report in parallel. A token the backend stops accepting shows the login again.
import type { ReactNode } from "react"
import type { Locale } from "@/i18n/routing"
import { getOfficialSession, getReliefSummary } from "@/lib/data/official"
import { ConsoleApiError } from "@/lib/data/console-fetch"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { parseReportFilters, type ReportFilters } from "@/lib/official/report-query"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { ConsoleLoginTemplate } from "@/modules/console/login-template"
import { signInOfficial } from "../actions"
import { DashboardTemplate, type DashboardSummaries } from "./dashboard-template"

/** Today in China, for the default period. */
const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" })

const login = (notice: "expired" | "disabled" | null) => (
  <ConsoleLoginTemplate actor="official" signIn={signInOfficial} notice={notice} />
)

async function loadSummaries(token: string, filters: ReportFilters): Promise<DashboardSummaries> {
  const [month, channel, region, cooperative] = await Promise.all([
    getReliefSummary(token, filters, "month"),
    getReliefSummary(token, filters, "channel"),
    getReliefSummary(token, filters, "region"),
    getReliefSummary(token, filters, "cooperative"),
  ])
  return { month, channel, region, cooperative }
}

export async function renderOfficialDashboard(
  locale: Locale,
  searchParams: Record<string, string | string[] | undefined>,
): Promise<ReactNode> {
  const session = await unlessUnavailable(getOfficialSession())
  if (session === UNAVAILABLE) return <ShopUnavailable />
  if (session.state !== "signedIn") return login(session.state === "signedOut" ? null : session.state)
  const day = today()
  const { filters, problems } = parseReportFilters(searchParams, session.profile.scope.code, day)
  let summaries: DashboardSummaries | typeof UNAVAILABLE
  try {
    summaries = await unlessUnavailable(loadSummaries(session.token, filters)).catch((error: unknown) => {
      // A well-formed code that is not a real region (400): show the whole scope and say the region was ignored.
      if (!(error instanceof ConsoleApiError && error.status === 400) || filters.region === session.profile.scope.code)
        throw error
      problems.push("region")
      filters.region = session.profile.scope.code
      return unlessUnavailable(loadSummaries(session.token, filters))
    })
  } catch (error) {
    if (error instanceof ConsoleApiError && error.status === 401) return login("expired")
    if (error instanceof ConsoleApiError && error.status === 403) return login("disabled")
    throw error
  }
  if (summaries === UNAVAILABLE) return <ShopUnavailable />
  return (
    <DashboardTemplate
      locale={locale}
      profile={session.profile}
      filters={filters}
      problems={problems}
      today={day}
      summaries={summaries}
    />
  )
}
