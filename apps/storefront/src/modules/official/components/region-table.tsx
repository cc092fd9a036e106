import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { reportSearch, type ReportFilters } from "@/lib/official/report-query"
import type { FiguresView } from "@/lib/view/official"

export type RegionRow = { key: string; name: string; figures: FiguresView; drillTo: string | null }

const COLUMNS: (keyof FiguresView)[] = [
  "sales",
  "householdIncome",
  "collectiveIncome",
  "households",
  "persons",
  "orders",
  "quantity",
]

/**
 * The place read, one level down (township, village): each row links to its own report with the same period, down
 * to the village; the footer is the place's totals, which the rows add up to.
 */
export function RegionTable({
  rows,
  totals,
  filters,
}: {
  rows: RegionRow[]
  totals: FiguresView
  filters: ReportFilters
}) {
  const t = useTranslations("official")
  return (
    <section aria-labelledby="official-regions-title" className="card official-regions">
      <h2 id="official-regions-title">{t("drill.title")}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("noSales")}</p>
      ) : (
        <div className="official-table-scroll" role="region" aria-labelledby="official-regions-title" tabIndex={0}>
          <table className="official-table" data-testid="official-regions">
            <thead>
              <tr>
                <th scope="col">{t("region")}</th>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {t(`figures.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-region={row.key}>
                  <th scope="row">
                    {row.drillTo ? (
                      <Link
                        href={`/portal/official${reportSearch({ ...filters, region: row.drillTo })}`}
                        prefetch={false}
                      >
                        {row.name}
                      </Link>
                    ) : (
                      row.name
                    )}
                  </th>
                  {COLUMNS.map((c) => (
                    <td key={c} data-figure={c}>
                      {row.figures[c]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("total")}</th>
                {COLUMNS.map((c) => (
                  <td key={c} data-figure={c}>
                    {totals[c]}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  )
}
