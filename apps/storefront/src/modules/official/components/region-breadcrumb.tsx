import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { reportSearch, type ReportFilters } from "@/lib/official/report-query"

export type Crumb = { code: string; name: string }

/** The official's scope down to the place read, each place above it a link back up with the same period. */
export function RegionBreadcrumb({ trail, filters }: { trail: Crumb[]; filters: Omit<ReportFilters, "region"> }) {
  const t = useTranslations("official.drill")
  return (
    <nav aria-label={t("breadcrumb")} className="official-breadcrumb" data-testid="official-breadcrumb">
      <ol>
        {trail.map((crumb, i) =>
          i === trail.length - 1 ? (
            <li key={crumb.code} aria-current="page">
              {crumb.name}
            </li>
          ) : (
            <li key={crumb.code}>
              <Link href={`/portal/official${reportSearch({ ...filters, region: crumb.code })}`} prefetch={false}>
                {crumb.name}
              </Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  )
}
