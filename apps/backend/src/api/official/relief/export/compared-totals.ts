import { figureChange, type FigureChange, type ReportFigures } from "@fengshou/relief-core"
import type { OfficialReport } from "../../../../queries/official/read-report"
import { EXPORT_TEXT, type ExportLang } from "./export-text"

/** One figure of the totals beside the period before (环比) and the same period a year earlier (同比). */
export type ComparedFigure = {
  label: string
  unit: "fen" | "grams" | "count"
  current: number
  previous: number
  previous_change: FigureChange
  year_earlier: number
  year_change: FigureChange
}

type Pick = (f: ReportFigures) => number

/** The totals' figures, then the status split's, each with its change against both earlier periods. */
export function comparedTotals(report: OfficialReport, lang: ExportLang): ComparedFigure[] {
  const t = EXPORT_TEXT[lang]
  const c = t.columns
  const { previous, year_earlier } = report.compare
  const figure = (label: string, unit: ComparedFigure["unit"], pick: Pick): ComparedFigure => {
    const [now, before, yearAgo] = [report.totals, previous.totals, year_earlier.totals].map(pick) as [
      number,
      number,
      number,
    ]
    return {
      label,
      unit,
      current: now,
      previous: before,
      previous_change: figureChange(now, before),
      year_earlier: yearAgo,
      year_change: figureChange(now, yearAgo),
    }
  }
  const sep = lang === "zh" ? "" : " · "
  return [
    figure(c.sales, "fen", (f) => f.sales_fen),
    figure(c.refunds, "fen", (f) => f.refunds_fen),
    figure(c.quantity_g, "grams", (f) => f.quantity_g),
    figure(c.orders, "count", (f) => f.orders),
    figure(c.households_benefited, "count", (f) => f.households_benefited),
    figure(c.persons_benefited, "count", (f) => f.persons_benefited),
    figure(c.household_income, "fen", (f) => f.household_income_fen),
    figure(c.avg_person, "fen", (f) => f.avg_income_per_person_fen),
    figure(c.collective_income, "fen", (f) => f.collective_income_fen),
    ...(["registered_poor", "monitored"] as const).flatMap((s) => [
      figure(`${t.statuses[s]}${sep}${c.households_benefited}`, "count", (f) => f.by_status[s].households_benefited),
      figure(`${t.statuses[s]}${sep}${c.household_income}`, "fen", (f) => f.by_status[s].household_income_fen),
    ]),
  ]
}

/** A change in basis points as a signed percentage with two decimals (integer arithmetic); "—" without a base. */
export function ratioText(change: FigureChange): string {
  if (change.ratio_bp === null) return "—"
  const bp = change.ratio_bp
  const abs = Math.abs(bp)
  return `${bp > 0 ? "+" : bp < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}%`
}
