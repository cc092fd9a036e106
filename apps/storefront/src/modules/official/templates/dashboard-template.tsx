import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { OfficialProfile } from "@/lib/data/official"
import type { FilterProblem, ReportFilters } from "@/lib/official/report-query"
import { monthLabel, toBars, toFiguresView, type WireReportRow, type WireSummary } from "@/lib/view/official"
import { ConsoleShell } from "@/modules/console/console-shell"
import { BarChart } from "../components/bar-chart"
import { CooperativeTable } from "../components/cooperative-table"
import { ExportForm } from "../components/export-form"
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
}

const CHANNELS = ["online", "livestream", "institutional"] as const
const isChannel = (key: string | null): key is (typeof CHANNELS)[number] =>
  (CHANNELS as readonly (string | null)[]).includes(key)

/** Who is reading and for where, the filters, the totals, three charts, the cooperatives, and the exports. */
export async function DashboardTemplate({ locale, profile, filters, problems, today, summaries }: Props) {
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
      <ExportForm filters={filters} />
    </ConsoleShell>
  )
}
