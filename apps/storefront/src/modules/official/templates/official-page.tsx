// What the dashboard route does: who is signed in (else the login), the filters from the URL, then the four
// groupings of the report and the names of the places above the one read, in parallel. A token the backend stops
// accepting shows the login again; a place outside the official's scope shows the backend's reason.
import type { ReactNode } from "react"
import type { Locale } from "@/i18n/routing"
import { getOfficialSession, getRegionName, getReliefSummary } from "@/lib/data/official"
import { ConsoleApiError } from "@/lib/data/console-fetch"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { parseReportFilters, regionTrail, type ReportFilters } from "@/lib/official/report-query"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { ConsoleLoginTemplate } from "@/modules/console/login-template"
import { signInOfficial } from "../actions"
import type { Crumb } from "../components/region-breadcrumb"
import { DashboardTemplate, type DashboardSummaries } from "./dashboard-template"
import { RegionRefusedTemplate } from "./region-refused-template"

/** Today in China, for the default period. */
const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" })

const login = (notice: "expired" | "disabled" | null) => (
  <ConsoleLoginTemplate actor="official" signIn={signInOfficial} notice={notice} />
)

async function loadSummaries(token: string, filters: ReportFilters, locale: Locale): Promise<DashboardSummaries> {
  const [month, channel, region, cooperative] = await Promise.all([
    getReliefSummary(token, filters, "month", locale),
    getReliefSummary(token, filters, "channel", locale),
    getReliefSummary(token, filters, "region", locale),
    getReliefSummary(token, filters, "cooperative", locale),
  ])
  return { month, channel, region, cooperative }
}

/** The breadcrumb: the scope down to the place read; the place's own name comes with its summary. */
async function loadTrail(
  token: string,
  scope: string,
  filters: ReportFilters,
  locale: Locale,
  summary: DashboardSummaries,
) {
  const codes = regionTrail(scope, filters.region)
  return Promise.all(
    codes.map(async (code): Promise<Crumb> => ({
      code,
      name: code === filters.region ? summary.region.region_name : await getRegionName(token, code, filters.to, locale),
    })),
  )
}

export async function renderOfficialDashboard(
  locale: Locale,
  searchParams: Record<string, string | string[] | undefined>,
): Promise<ReactNode> {
  const session = await unlessUnavailable(getOfficialSession())
  if (session === UNAVAILABLE) return <ShopUnavailable />
  if (session.state !== "signedIn") return login(session.state === "signedOut" ? null : session.state)
  const { token, profile } = session
  const scope = profile.scope.code
  const day = today()
  const { filters, problems } = parseReportFilters(searchParams, scope, day)
  const read = async () => {
    const summaries = await loadSummaries(token, filters, locale)
    return { summaries, trail: await loadTrail(token, scope, filters, locale, summaries) }
  }
  let loaded: Awaited<ReturnType<typeof read>> | typeof UNAVAILABLE
  try {
    loaded = await unlessUnavailable(read()).catch((error: unknown) => {
      // A well-formed code that is not a real region (400): show the whole scope and say the region was ignored.
      if (!(error instanceof ConsoleApiError && error.status === 400) || filters.region === scope) throw error
      problems.push("region")
      filters.region = scope
      return unlessUnavailable(read())
    })
  } catch (error) {
    if (error instanceof ConsoleApiError && error.status === 401) return login("expired")
    // Outside the scope: the backend says which region and what to choose instead; the official stays signed in.
    if (error instanceof ConsoleApiError && error.status === 403 && filters.region !== scope)
      return <RegionRefusedTemplate profile={profile} filters={{ ...filters, region: scope }} message={error.message} />
    if (error instanceof ConsoleApiError && error.status === 403) return login("disabled")
    throw error
  }
  if (loaded === UNAVAILABLE) return <ShopUnavailable />
  return (
    <DashboardTemplate
      locale={locale}
      profile={profile}
      filters={filters}
      problems={problems}
      today={day}
      summaries={loaded.summaries}
      trail={loaded.trail}
    />
  )
}
