import { useTranslations } from "next-intl"
import type { ReportFigures } from "@fengshou/store-contract"
import { HOUSEHOLD_STATUSES, toStatusView, type StatusView } from "@/lib/view/official"

const COLUMNS: (keyof StatusView)[] = ["households", "persons", "householdIncome", "avgPerPerson", "avgPerHousehold"]

/**
 * The totals' household figures split by status (脱贫户 / 监测户): each household counted once, under its latest
 * status, so the rows add up to the totals in the footer.
 */
export function StatusSplit({ totals, total }: { totals: ReportFigures; total: StatusView }) {
  const t = useTranslations("official")
  return (
    <section aria-labelledby="official-status-title" className="card official-status">
      <h2 id="official-status-title">{t("status.title")}</h2>
      <div className="official-table-scroll" role="region" aria-labelledby="official-status-title" tabIndex={0}>
        <table className="official-table" data-testid="official-status">
          <thead>
            <tr>
              <th scope="col">{t("status.column")}</th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(`figures.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {HOUSEHOLD_STATUSES.map((status) => {
              const view = toStatusView(totals.by_status[status])
              return (
                <tr key={status} data-status={status}>
                  <th scope="row">{t(`status.${status}`)}</th>
                  {COLUMNS.map((c) => (
                    <td key={c} data-figure={c}>
                      {view[c]}
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("total")}</th>
              {COLUMNS.map((c) => (
                <td key={c} data-figure={c}>
                  {total[c]}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted official-note">{t("status.note")}</p>
    </section>
  )
}
