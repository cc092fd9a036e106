import { resolveLocale } from "@/i18n/resolve-locale"
import { renderOfficialDashboard } from "@/modules/official/templates/official-page"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The officials' relief dashboard: ?from=YYYY-MM-DD&to=YYYY-MM-DD&region=<code inside the scope>. */
export default async function OfficialDashboardPage({ params, searchParams }: Props) {
  const [locale, query] = await Promise.all([resolveLocale(params), searchParams])
  return renderOfficialDashboard(locale, query)
}
