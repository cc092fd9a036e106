// The officials' relief report (GET /official/relief/summary) as the dashboard renders it: figures formatted once
// here, and bars scaled for the hand-drawn charts. Integer fen and grams until formatted; no household ever appears.
import { figureChange } from "@fengshou/relief-core"
import type { ReliefSummary, ReportFigures, ReportRow, StatusFigures } from "@fengshou/store-contract"
import type { Locale } from "@/i18n/routing"
import { formatFen } from "./money"

/** The names modules/portal/official renders the summary by; the contract's ReliefSummary and ReportRow. */
export type WireSummary = ReliefSummary
export type WireReportRow = ReportRow

export type FiguresView = Record<
  | "orders"
  | "sales"
  | "refunds"
  | "quantity"
  | "cooperatives"
  | "households"
  | "persons"
  | "householdIncome"
  | "collectiveIncome"
  | "avgPerHousehold"
  | "avgPerPerson",
  string
>

/** 1234567 → "1,234,567": the same grouping in zh-CN and en, and the same on server and browser. */
export function formatCount(n: number): string {
  return `${n < 0 ? "-" : ""}${String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`
}

/** Grams as 斤 (zh-CN) or kg (en) with two decimals rounded half up and grouped thousands: "2,469.14 斤". */
export function formatQuantity(grams: number, locale: Locale): string {
  const perUnit = locale === "zh-CN" ? 500 : 1000
  const magnitude = Math.abs(grams)
  const hundredths = Math.floor((magnitude * 200 + perUnit) / (perUnit * 2))
  const text = `${formatCount(Math.floor(hundredths / 100))}.${String(hundredths % 100).padStart(2, "0")}`
  return `${grams < 0 && hundredths > 0 ? "-" : ""}${text} ${locale === "zh-CN" ? "斤" : "kg"}`
}

export function toFiguresView(f: ReportFigures, locale: Locale): FiguresView {
  return {
    orders: formatCount(f.orders),
    sales: formatFen(f.sales_fen),
    refunds: formatFen(f.refunds_fen),
    quantity: formatQuantity(f.quantity_g, locale),
    cooperatives: formatCount(f.cooperatives),
    households: formatCount(f.households_benefited),
    persons: formatCount(f.persons_benefited),
    householdIncome: formatFen(f.household_income_fen),
    collectiveIncome: formatFen(f.collective_income_fen),
    avgPerHousehold: formatFen(f.avg_income_per_household_fen),
    avgPerPerson: formatFen(f.avg_income_per_person_fen),
  }
}

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/** "2025-03" → "2025年3月" / "Mar 2025"; anything else unchanged. */
export function monthLabel(key: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key)
  if (!match) return key
  const [, year, month] = match
  return locale === "zh-CN" ? `${year}年${Number(month)}月` : `${EN_MONTHS[Number(month) - 1] ?? month} ${year}`
}

export type Bar = {
  key: string
  label: string
  /** Sales, formatted; the bar's length. */
  value: string
  /** What reached 脱贫户/监测户 in the same row, formatted. */
  income: string
  /** Bar length in percent of the longest bar, 0–100; a positive value never draws as nothing. */
  percent: number
  /** A refund-heavy period nets below zero: drawn as an empty bar, with the value saying so. */
  negative: boolean
}

/** One bar per row, scaled to the largest sales figure. */
export function toBars(rows: readonly ReportRow[], label: (row: ReportRow) => string): Bar[] {
  const max = rows.reduce((m, r) => Math.max(m, r.sales_fen), 0)
  return rows.map((row) => ({
    key: row.key ?? "none",
    label: label(row),
    value: formatFen(row.sales_fen),
    income: formatFen(row.household_income_fen),
    percent: barPercent(row.sales_fen, max),
    negative: row.sales_fen < 0,
  }))
}

/** value / max in whole percent, rounded half up, at least 1 for any positive value, 0 for zero or below. */
export function barPercent(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0
  return Math.max(1, Math.min(100, Math.floor((value * 200 + max) / (max * 2))))
}

/** The household statuses the report splits by, in the order the programme names them. */
export const HOUSEHOLD_STATUSES = ["registered_poor", "monitored"] as const
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number]
export type StatusView = Record<
  "households" | "persons" | "householdIncome" | "avgPerHousehold" | "avgPerPerson",
  string
>

/** One status's household figures (脱贫户 or 监测户), formatted like the totals. */
export function toStatusView(f: StatusFigures): StatusView {
  return {
    households: formatCount(f.households_benefited),
    persons: formatCount(f.persons_benefited),
    householdIncome: formatFen(f.household_income_fen),
    avgPerHousehold: formatFen(f.avg_income_per_household_fen),
    avgPerPerson: formatFen(f.avg_income_per_person_fen),
  }
}

/** The figures set beside the same figures of an earlier period, each with how it is formatted. */
export const COMPARED_FIGURES = [
  ["sales", "sales_fen", formatFen],
  ["householdIncome", "household_income_fen", formatFen],
  ["collectiveIncome", "collective_income_fen", formatFen],
  ["households", "households_benefited", formatCount],
  ["persons", "persons_benefited", formatCount],
  ["orders", "orders", formatCount],
  ["avgPerPerson", "avg_income_per_person_fen", formatFen],
] as const satisfies readonly (readonly [keyof FiguresView, keyof ReportFigures, (n: number) => string])[]

export type ChangeView = {
  /** The earlier period's figure, formatted. */
  before: string
  /** The difference, signed and formatted: "+¥12.00", "-3", "0". */
  delta: string
  /** The change in percent of the earlier figure to two places ("+12.34%"), null when the earlier figure is 0. */
  percent: string | null
  direction: "up" | "down" | "flat"
}

/** basis points → "+12.34%" / "-0.05%" / "0.00%": integer arithmetic, no float rounding. */
export function formatBasisPoints(bp: number): string {
  const sign = bp > 0 ? "+" : bp < 0 ? "-" : ""
  const magnitude = Math.abs(bp)
  return `${sign}${formatCount(Math.floor(magnitude / 100))}.${String(magnitude % 100).padStart(2, "0")}%`
}

/** A figure against an earlier period's, by relief-core's figureChange (the exports use the same). */
export function toChangeView(current: number, before: number, format: (n: number) => string): ChangeView {
  const { delta, ratio_bp } = figureChange(current, before)
  return {
    before: format(before),
    delta: delta > 0 ? `+${format(delta)}` : format(delta),
    percent: ratio_bp === null ? null : formatBasisPoints(ratio_bp),
    direction: delta > 0 ? "up" : delta < 0 ? "down" : "flat",
  }
}
