import { useTranslations } from "next-intl"
import type { FiguresView } from "@/lib/view/official"

export type CooperativeRow = { key: string; name: string; figures: FiguresView }

const COLUMNS: (keyof FiguresView)[] = [
  "orders",
  "sales",
  "refunds",
  "quantity",
  "households",
  "persons",
  "householdIncome",
  "collectiveIncome",
  "avgPerHousehold",
]

/** One row per cooperative with sales in the period; scrolls sideways on a phone. */
export function CooperativeTable({ rows, totals }: { rows: CooperativeRow[]; totals: FiguresView }) {
  const t = useTranslations("official")
  return (
    <section aria-labelledby="official-coops-title" className="card official-coops">
      <h2 id="official-coops-title">{t("byCooperative")}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("noSales")}</p>
      ) : (
        <div className="official-table-scroll" role="region" aria-labelledby="official-coops-title" tabIndex={0}>
          <table className="official-table" data-testid="official-cooperatives">
            <thead>
              <tr>
                <th scope="col">{t("cooperative")}</th>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {t(`figures.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.name}</th>
                  {COLUMNS.map((c) => (
                    <td key={c}>{row.figures[c]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("total")}</th>
                {COLUMNS.map((c) => (
                  <td key={c}>{totals[c]}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  )
}
