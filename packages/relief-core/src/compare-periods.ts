import { ReliefCoreError } from "./errors"
import { assertIsoDate } from "./shanghai-time"

/** A report period: first and last day, YYYY-MM-DD, both inclusive. */
export interface Period {
  readonly from: string
  readonly to: string
}

/** How a figure moved: the difference, and that difference in basis points of the earlier figure's size. */
export interface FigureChange {
  readonly delta: number
  /** delta × 10,000 / |before|, rounded half away from zero; null when before is 0 (no base to compare with). */
  readonly ratio_bp: number | null
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The periods a report is set beside: the one just before it (环比) and the same dates a year earlier (同比). */
export function comparePeriods(from: string, to: string): { previous: Period; year_earlier: Period } {
  return { previous: periodBefore(from, to), year_earlier: yearEarlier(from, to) }
}

/**
 * The period just before from..to. When from..to is whole calendar months (from on a 1st, to on a month's last
 * day), the same number of whole months before it (March → February, Q2 → Q1); otherwise the same number of days
 * ending the day before from.
 */
export function periodBefore(from: string, to: string): Period {
  assertPeriod(from, to)
  const start = parse(from)
  const end = parse(to)
  if (start.day === 1 && end.day === daysInMonth(end.year, end.month)) {
    const months = monthIndex(end) - monthIndex(start) + 1
    const first = fromMonthIndex(monthIndex(start) - months)
    const last = fromMonthIndex(monthIndex(start) - 1)
    return {
      from: format(first.year, first.month, 1),
      to: format(last.year, last.month, daysInMonth(last.year, last.month)),
    }
  }
  const days = Math.round((epochDay(to) - epochDay(from)) / DAY_MS) + 1
  return { from: shiftDays(from, -days), to: shiftDays(from, -1) }
}

/** The same dates one year back; 29 February becomes 28 February. */
export function yearEarlier(from: string, to: string): Period {
  assertPeriod(from, to)
  return { from: oneYearBack(from), to: oneYearBack(to) }
}

/** A figure against the same figure of an earlier period. Exact for any safe integers. */
export function figureChange(current: number, before: number): FigureChange {
  if (!Number.isSafeInteger(current) || !Number.isSafeInteger(before)) {
    throw new ReliefCoreError(
      "invalid_report_query",
      `figures to compare must be safe integers, got ${current} and ${before}`,
    )
  }
  const delta = current - before
  if (before === 0) return { delta, ratio_bp: null }
  const n = BigInt(delta) * 10_000n
  const d = BigInt(Math.abs(before))
  const quotient = n / d
  const twice = (n % d < 0n ? -(n % d) : n % d) * 2n
  return { delta, ratio_bp: Number(twice < d ? quotient : quotient + (n < 0n ? -1n : 1n)) }
}

interface YearMonthDay {
  year: number
  month: number
  day: number
}

function assertPeriod(from: string, to: string): void {
  assertIsoDate(from, "from")
  assertIsoDate(to, "to")
  if (from > to) throw new ReliefCoreError("invalid_report_query", `to (${to}) must not be before from (${from})`)
}

function parse(date: string): YearMonthDay {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) }
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function monthIndex(date: YearMonthDay): number {
  return date.year * 12 + date.month - 1
}

function fromMonthIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

function epochDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`)
}

function shiftDays(date: string, days: number): string {
  return new Date(epochDay(date) + days * DAY_MS).toISOString().slice(0, 10)
}

function oneYearBack(date: string): string {
  const { year, month, day } = parse(date)
  return format(year - 1, month, month === 2 && day === 29 ? 28 : day)
}
