import { useTranslations } from "next-intl"
import type { DifferenceView } from "@/lib/view/verify"

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
] as const
const STATUSES = ["registered_poor", "monitored"] as const

const known = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value)

/** The figures that differ now from the issued report: where, what was printed, what the ledger holds, the change. */
export function DifferenceTable({ differences }: { differences: DifferenceView[] }) {
  const t = useTranslations("verify")
  const figure = ({ status, name }: DifferenceView["figure"]) => {
    const label = known(FIGURES, name) ? t(`figures.${name}`) : name
    if (status === null) return label
    return `${known(STATUSES, status) ? t(`statuses.${status}`) : status} · ${label}`
  }
  return (
    <table className="verify-table">
      <caption>{t("differencesTitle")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("row")}</th>
          <th scope="col">{t("figure")}</th>
          <th scope="col">{t("issued")}</th>
          <th scope="col">{t("now")}</th>
          <th scope="col">{t("change")}</th>
        </tr>
      </thead>
      <tbody>
        {differences.map((d) => (
          <tr key={`${d.row ?? ""}:${d.figure.status ?? ""}:${d.figure.name}`}>
            <th scope="row">{d.row ?? t("totals")}</th>
            <td>{figure(d.figure)}</td>
            <td>{d.issued}</td>
            <td>{d.now}</td>
            <td>{d.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
