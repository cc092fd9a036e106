import { notFound } from "next/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { listCatalogOptions } from "@/lib/data/host-catalog"
import { getSessionStats, listLinks } from "@/lib/data/host-links"
import { getSession } from "@/lib/data/host-sessions"
import { ConsoleApiError } from "@/lib/data/console-fetch"
import { requestOrigin } from "@/lib/request-origin"
import { renderHost } from "@/modules/host/templates/host-page"
import { SessionTemplate, type SessionPageData } from "@/modules/host/templates/session-template"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ q?: string | string[] }> }

export default async function HostSessionPage({ params, searchParams }: Props) {
  const [locale, { id }, search] = await Promise.all([resolveLocale(params), params, searchParams])
  const query = typeof search.q === "string" ? search.q.trim().slice(0, 60) : ""
  const origin = (await requestOrigin()) ?? ""
  const load = async (token: string): Promise<SessionPageData> => {
    const [session, links, stats, catalog] = await Promise.all([
      getSession(token, id),
      listLinks(token, id),
      getSessionStats(token, id),
      listCatalogOptions(locale, query || undefined),
    ])
    return { session, links, stats, catalog }
  }
  // Another host's session, or none, is a 404 from the backend.
  const guarded = (token: string) =>
    load(token).catch((error: unknown) => {
      if (error instanceof ConsoleApiError && error.status === 404) notFound()
      throw error
    })
  return renderHost("sessions", guarded, (data) => <SessionTemplate {...data} query={query} origin={origin} />)
}
