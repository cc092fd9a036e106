import { foldReport, shanghaiDate, type LedgerEntry, type ReportFigures } from "@fengshou/relief-core"

/** What shoppers are shown of the ledger: totals only, never a household, a cooperative's split or a row. */
export type ImpactFigures = {
  orders: number
  sales_fen: number
  household_income_fen: number
  households_benefited: number
  persons_benefited: number
  cooperatives: number
}

// Every entry a ledger can hold falls between these days; an order's or a customer's impact has no period.
const FIRST_DAY = "2000-01-01"
const LAST_DAY = "9999-12-31"

/**
 * Folds entries exactly as the officials' report does (relief-core foldReport), so a shopper's figures and the
 * officials' agree: household income and households count 脱贫户 and 监测户 only, refunds and cancels net out.
 */
export function foldImpact(entries: readonly LedgerEntry[], to: string = LAST_DAY): ImpactFigures {
  return toImpactFigures(foldReport(entries, { from: FIRST_DAY, to, group_by: "channel" }).totals)
}

/** The shoppers' subset of a report's figures. */
export function toImpactFigures(totals: ReportFigures): ImpactFigures {
  return {
    orders: totals.orders,
    sales_fen: totals.sales_fen,
    household_income_fen: totals.household_income_fen,
    households_benefited: totals.households_benefited,
    persons_benefited: totals.persons_benefited,
    cooperatives: totals.cooperatives,
  }
}

/** The whole ledger up to today in Asia/Shanghai. */
export const reportScopeToToday = (now: Date = new Date()) => ({ from: FIRST_DAY, to: shanghaiDate(now) })
