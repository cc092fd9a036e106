import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { OfficialProfile } from "@/lib/data/official"
import { drillDownRegion, reportLang, type FilterProblem, type ReportFilters } from "@/lib/official/report-query"
import {
  monthLabel,
  toBars,
  toFiguresView,
  toStatusView,
  type WireReportRow,
  type WireSummary,
} from "@/lib/view/official"
import { ConsoleShell } from "@/modules/console/console-shell"
import { BarChart } from "../components/bar-chart"
import { ComparedPeriods } from "../components/compared-periods"
import { CooperativeTable } from "../components/cooperative-table"
import { ExportForm } from "../components/export-form"
import { RegionBreadcrumb, type Crumb } from "../components/region-breadcrumb"
import { RegionTable } from "../components/region-table"
import { ReportSubscriptions } from "../components/report-subscriptions"
import { StatusSplit } from "../components/status-split"
import { ReportFiltersForm } from "../components/report-filters"
import { TotalsCards } from "../components/totals-cards"

export type DashboardSummaries = Record<"month" | "channel" | "region" | "cooperative", WireSummary>
type Props = {
  locale: Locale
  profile: OfficialProfile
  filters: ReportFilters
  problems: FilterProblem[]
  today: string
  summaries: DashboardSummaries
  /** The official's scope down to the place read. */
  trail: Crumb[]
}

const CHANNELS = ["online", "livestream", "institutional"] as const
const isChannel = (key: string | null): key is (typeof CHANNELS)[number] =>
  (CHANNELS as readonly (string | null)[]).includes(key)

/**
 * Who is reading and for where (a breadcrumb from their scope to the place read), the filters, the totals, the
 * places one level down to drill into, three charts, the cooperatives, and the exports of the place read.
 */
export async function DashboardTemplate({ locale, profile, filters, problems, today, summaries, trail }: Props) {
  const t = await getTranslations("official")
  const { totals } = summaries.cooperative
  const label = (row: WireReportRow) => row.label ?? row.key ?? t("unknown")
  const columns = { label: "", sales: t("figures.sales"), income: t("figures.householdIncome") }
  const charts = [
    {
      id: "chart-month",
      title: t("byMonth"),
      rows: summaries.month.rows,
      name: (r: WireReportRow) => (r.key ? monthLabel(r.key, locale) : label(r)),
      column: t("month"),
    },
    {
      id: "chart-channel",
      title: t("byChannel"),
      rows: summaries.channel.rows,
      name: (r: WireReportRow) => (isChannel(r.key) ? t(`channel.${r.key}`) : label(r)),
      column: t("channelColumn"),
    },
    { id: "chart-region", title: t("byRegion"), rows: summaries.region.rows, name: label, column: t("region") },
  ]
  return (
    <ConsoleShell
      actor="official"
      className="official"
      name={profile.organisation}
      staff={`${profile.name} · ${profile.email}`}
    >
      <h1 id="official-title">{t("title")}</h1>
      <RegionBreadcrumb trail={trail} filters={{ from: filters.from, to: filters.to }} />
      <p className="official-subtitle" data-testid="official-period">
        {t("subtitle", {
          region: summaries.cooperative.region_label ?? filters.region,
          from: filters.from,
          to: filters.to,
        })}
      </p>
      <ReportFiltersForm
        filters={filters}
        scope={{ code: profile.scope.code, label: profile.scope.label }}
        problems={problems}
        today={today}
      />
      <section aria-labelledby="official-totals-title">
        <h2 id="official-totals-title">{t("totals")}</h2>
        <TotalsCards totals={toFiguresView(totals, locale)} />
        <p className="muted official-note">{t("definitions")}</p>
      </section>
      <StatusSplit totals={totals} total={toStatusView(totals)} />
      <ComparedPeriods summary={summaries.cooperative} />
      <RegionTable
        filters={filters}
        totals={toFiguresView(summaries.region.totals, locale)}
        rows={summaries.region.rows.map((row) => ({
          key: row.key ?? "none",
          name: label(row),
          figures: toFiguresView(row, locale),
          drillTo: drillDownRegion(row.key, filters.region),
        }))}
      />
      <div className="official-charts">
        {charts.map((chart) => (
          <BarChart
            key={chart.id}
            id={chart.id}
            title={chart.title}
            bars={toBars(chart.rows, chart.name)}
            columns={{ ...columns, label: chart.column }}
            empty={t("noSales")}
          />
        ))}
      </div>
      <CooperativeTable
        rows={summaries.cooperative.rows.map((row) => ({
          key: row.key ?? "none",
          name: label(row),
          figures: toFiguresView(row, locale),
        }))}
        totals={toFiguresView(totals, locale)}
      />
      <ExportForm filters={filters} lang={reportLang(locale)} />
      <ReportSubscriptions locale={locale} region={filters.region} />
    </ConsoleShell>
  )
}
