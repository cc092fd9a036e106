// Settlement statements and household income as the consoles show them: amounts formatted from integer fen, moments
// as China dates, periods as months a person reads (2026年12月 / December 2026).
import {
  SettlementPeriodSchema,
  type HouseholdIncome,
  type HouseholdIncomeAnswer,
  type Statement,
  type StatementLine,
} from "@fengshou/store-contract"
import { formatRateBps } from "./live-console"
import { formatFen } from "./money"
import { shanghaiDate } from "./order-status"

export type StatementView = {
  id: string
  number: string
  period: string
  periodLabel: string
  status: Statement["status"]
  net: string
  /** A negative net (refunds after an earlier statement was paid): the party owes it back. */
  netNegative: boolean
  gross: string
  refunds: string
  fee: string
  feeRate: string
  commission: string
  lines: number
  paidOn: string | null
  bankReference: string | null
}

export type StatementLineView = {
  id: string
  kind: StatementLine["kind"]
  order: string
  title: string | null
  occurredOn: string
  payableOn: string
  sales: string
  fee: string
  commission: string
  net: string
}

export type HouseholdRowView = {
  id: string
  code: string
  name: string | null
  status: HouseholdIncome["status"]
  persons: number
  supply: string
  dividend: string
  total: string
}

export type HouseholdIncomeView = {
  period: string
  households: HouseholdRowView[]
  collective: string
  /** The collective earned something this period (its row is shown either way, ¥0.00 when it did not). */
  collectiveEarned: boolean
  totals: { persons: number; supply: string; dividend: string; households: string; all: string }
}

/** A month as the clerk reads it: 2026年12月, or December 2026. */
export function periodLabel(period: string, locale: string): string {
  const [year, month] = period.split("-").map(Number) as [number, number]
  if (locale !== "en") return `${year}年${month}月`
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleString("en", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  })
}

/** The month before `now`'s month in China time: what a cooperative settles and pays out in the current one. */
export function previousPeriod(now: Date): string {
  const [year, month] = shanghaiDate(now).split("-").map(Number) as [number, number]
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`
}

/** The `?period=` of the households page if it is a month (YYYY-MM), else the previous month. */
export function periodFromQuery(raw: string | string[] | undefined, now: Date): string {
  const parsed = SettlementPeriodSchema.safeParse(Array.isArray(raw) ? raw[0] : raw)
  return parsed.success ? parsed.data : previousPeriod(now)
}

export function toStatementView(s: Statement, locale: string): StatementView {
  return {
    id: s.id,
    number: s.number,
    period: s.period,
    periodLabel: periodLabel(s.period, locale),
    status: s.status,
    net: formatFen(s.net_fen),
    netNegative: s.net_fen < 0,
    gross: formatFen(s.gross_fen),
    refunds: formatFen(s.refunds_fen),
    fee: formatFen(s.fee_fen),
    feeRate: formatRateBps(s.fee_bps),
    commission: formatFen(s.commission_fen),
    lines: s.lines,
    paidOn: s.status === "paid" ? s.paid_on : null,
    bankReference: s.status === "paid" ? s.bank_reference : null,
  }
}

export function toStatementLineView(line: StatementLine): StatementLineView {
  return {
    id: line.id,
    kind: line.kind,
    order: `#${line.order_display_id}`,
    title: line.title,
    occurredOn: shanghaiDate(new Date(line.occurred_at)),
    payableOn: shanghaiDate(new Date(line.payable_at)),
    sales: formatFen(line.sales_fen),
    fee: formatFen(line.fee_fen),
    commission: formatFen(line.commission_fen),
    net: formatFen(line.net_fen),
  }
}

/** The dividend sheet's rows, the collective's income beside them, and the totals (households + collective). */
export function toHouseholdIncomeView(answer: HouseholdIncomeAnswer): HouseholdIncomeView {
  const sum = (pick: (h: HouseholdIncome) => number) => answer.households.reduce((total, h) => total + pick(h), 0)
  return {
    period: answer.period,
    households: answer.households.map((h) => ({
      id: h.household_id,
      code: h.code,
      name: h.name,
      status: h.status,
      persons: h.persons,
      supply: formatFen(h.supply_fen),
      dividend: formatFen(h.dividend_fen),
      total: formatFen(h.total_fen),
    })),
    collective: formatFen(answer.collective_fen),
    collectiveEarned: answer.collective_fen !== 0,
    totals: {
      persons: sum((h) => h.persons),
      supply: formatFen(sum((h) => h.supply_fen)),
      dividend: formatFen(sum((h) => h.dividend_fen)),
      households: formatFen(answer.households_fen),
      all: formatFen(answer.households_fen + answer.collective_fen),
    },
  }
}
