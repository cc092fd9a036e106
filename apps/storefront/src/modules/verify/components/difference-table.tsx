import { useTranslations } from "next-intl"
import type { DifferenceView, VerificationView } from "@/lib/view/verify"

const FIGURES = [
  "orders",
  "sales_fen",
  "refunds_fen",
  "quantity_g",
  "cooperatives",
  "households_benefited",
  "persons_benefited",
  "household_income_fen",
  "avg_income_per_household_fen",
  "avg_income_per_person_fen",
  "collective_income_fen",
] as const
const STATUSES = ["registered_poor", "monitored"] as const
const CHANNELS = ["online", "livestream", "institutional"] as const

const known = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value)

/** The figures that differ now from the issued report: where, what was printed, what the ledger holds, the change. */
export function DifferenceTable({
  differences,
  groupBy,
}: {
  differences: DifferenceView[]
  groupBy: VerificationView["groupBy"]
}) {
  const t = useTranslations("verify")
  // A row is named by its key as the report grouped it: a channel or "uncategorised" in words, other keys as printed.
  const row = (key: string | null) => {
    if (key === null) return t("totals")
    if (groupBy === "channel" && known(CHANNELS, key)) return t(`channels.${key}`)
    if (groupBy === "category" && key === "uncategorised") return t("uncategorised")
    return key
  }
  const figure = ({ status, name }: DifferenceView["figure"]) => {
    const label = known(FIGURES, name) ? t(`figures.${name}`) : name
    if (status === null) return label
    return `${known(STATUSES, status) ? t(`statuses.${status}`) : status} · ${label}`
  }
  const numeric = "verify-table__number"
  return (
    <div className="verify-table-scroll">
      <table className="verify-table">
        <caption>{t("differencesTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("figure")}</th>
            <th scope="col" className={numeric}>
              {t("issued")}
            </th>
            <th scope="col" className={numeric}>
              {t("now")}
            </th>
            <th scope="col" className={numeric}>
              {t("change")}
            </th>
          </tr>
        </thead>
        {byRow(differences).map(([key, rows]) => (
          <tbody key={key ?? ""} data-row={key ?? "totals"}>
            <tr>
              <th scope="rowgroup" colSpan={4} className="verify-table__row">
                {key === null ? row(key) : `${t(`rowBy.${groupBy}`)} ${row(key)}`}
              </th>
            </tr>
            {rows.map((d) => (
              <tr key={`${d.figure.status ?? ""}:${d.figure.name}`}>
                <td>{figure(d.figure)}</td>
                <td className={numeric}>{d.issued}</td>
                <td className={numeric}>{d.now}</td>
                <td className={numeric}>{d.change}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}

const rank = ({ status, name }: DifferenceView["figure"]) =>
  (status === null ? 0 : 1 + (STATUSES as readonly string[]).indexOf(status)) * 100 +
  ((FIGURES as readonly string[]).indexOf(name) + 1 || 99)

/** The differences by row, the totals first, each row's figures in the report's order (the status split last). */
function byRow(differences: DifferenceView[]): [string | null, DifferenceView[]][] {
  const rows = new Map<string | null, DifferenceView[]>([[null, []]])
  for (const d of differences) rows.set(d.row, [...(rows.get(d.row) ?? []), d])
  return [...rows.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) => [key, [...list].sort((a, b) => rank(a.figure) - rank(b.figure))])
}
