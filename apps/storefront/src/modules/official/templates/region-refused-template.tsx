import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { OfficialProfile } from "@/lib/data/official"
import { reportSearch, type ReportFilters } from "@/lib/official/report-query"
import { ConsoleShell } from "@/modules/console/console-shell"

type Props = { profile: OfficialProfile; filters: ReportFilters; message: string }

/** A place outside the official's scope, typed or shared into the URL: the backend's reason and the way back. */
export async function RegionRefusedTemplate({ profile, filters, message }: Props) {
  const t = await getTranslations("official")
  return (
    <ConsoleShell
      actor="official"
      className="official"
      name={profile.organisation}
      staff={`${profile.name} · ${profile.email}`}
    >
      <h1 id="official-title">{t("title")}</h1>
      <div className="portal-banner official-refused" role="alert" data-testid="official-refused">
        <p>
          <strong>{t("drill.refused")}</strong>
        </p>
        <p lang="en">{message}</p>
      </div>
      <p>
        <Link href={`/portal/official${reportSearch(filters)}`} className="button">
          {t("drill.backToScope", { scope: profile.scope.label })}
        </Link>
      </p>
    </ConsoleShell>
  )
}
