import { BENEFITED_STATUSES, countsAsBenefited, type BenefitedStatus } from "./household-status"
import type { LedgerEntry } from "./ledger-entry"

/** A row's household figures for the households of one status (the sums over statuses are the row's own). */
export interface StatusFigures {
  readonly households_benefited: number
  readonly persons_benefited: number
  readonly household_income_fen: number
  /** Rounded as ReportFigures' averages; 0 when no households. */
  readonly avg_income_per_household_fen: number
  /** Rounded as ReportFigures' averages; 0 when no persons. */
  readonly avg_income_per_person_fen: number
}

/** Both statuses always present, zeros when none. */
export type StatusSplit = { readonly [S in BenefitedStatus]: StatusFigures }

/**
 * The figures every report row and the totals carry.
 * Additive (rows of a grouping sum exactly to the totals): sales_fen, refunds_fen, quantity_g, household_income_fen,
 * collective_income_fen.
 * Distinct counts (computed afresh for the totals, never summed, because one order, cooperative or household can
 * appear in several rows): orders, cooperatives, households_benefited, persons_benefited.
 * Averages are derived from the row's own figures.
 */
export interface ReportFigures {
  /** Distinct orders whose entries in this row sum to more than 0. */
  readonly orders: number
  /** Net merchandise sales: every party's sale, refund and cancel amounts summed. */
  readonly sales_fen: number
  /** Refunded and cancelled amounts, as a positive number. */
  readonly refunds_fen: number
  readonly quantity_g: number
  /** Distinct cooperatives whose entries in this row sum to more than 0. */
  readonly cooperatives: number
  /** Distinct registered_poor/monitored households whose entries in this row sum to more than 0. */
  readonly households_benefited: number
  /** Sum of those households' sizes, each as of its latest entry in the report's scope (so one size per report). */
  readonly persons_benefited: number
  /** Net amount of every registered_poor/monitored household entry in the row (so it stays additive). */
  readonly household_income_fen: number
  /** Net amount of every village collective (村集体) entry in the row: its share of sales, net of reversals. */
  readonly collective_income_fen: number
  /** household_income_fen / households_benefited, rounded half away from zero; 0 when no households. */
  readonly avg_income_per_household_fen: number
  /** household_income_fen / persons_benefited, rounded half away from zero; 0 when no persons. */
  readonly avg_income_per_person_fen: number
  /**
   * The household figures split by status. A household counts under one status per report: its status as of its
   * latest 脱贫户/监测户 entry in the report's scope (as its size), and all its income in the row goes there.
   */
  readonly by_status: StatusSplit
}

/**
 * Each household's size and status as of its latest entry in the report's scope. One size and one status per
 * household for the whole report, so a household counted in a row weighs there what it weighs in the totals, sits
 * under the same status everywhere, and the totals never exceed the rows.
 */
export class HouseholdFacts {
  private readonly sizes = new Map<string, { persons: number; at: number }>()
  private readonly statuses = new Map<string, { status: BenefitedStatus; at: number }>()

  /** `at` is the entry's instant in epoch ms. */
  add(entry: LedgerEntry, at: number): void {
    const { household_key: key, household_persons: persons, household_status: status } = entry
    if (entry.party !== "household" || key === undefined) return
    const size = this.sizes.get(key)
    // Latest size wins; on equal instants the larger one, so input order never matters.
    if (persons !== undefined && (!size || at > size.at || (at === size.at && persons > size.persons))) {
      this.sizes.set(key, { persons, at })
    }
    if (status === undefined || !countsAsBenefited(status)) return
    const last = this.statuses.get(key)
    if (!last || at > last.at || (at === last.at && statusRank(status) < statusRank(last.status))) {
      this.statuses.set(key, { status, at })
    }
  }

  size(key: string): number {
    return this.sizes.get(key)?.persons ?? 0
  }

  /** Throws for a household with no 脱贫户/监测户 entry in the scope: such a household has no income to split. */
  status(key: string): BenefitedStatus {
    const seen = this.statuses.get(key)
    if (!seen) throw new Error(`household ${key} has no registered_poor or monitored entry in this report`)
    return seen.status
  }
}

/** On equal instants the status listed first in BENEFITED_STATUSES wins, so input order never matters. */
export function statusRank(status: BenefitedStatus): number {
  return BENEFITED_STATUSES.indexOf(status)
}

/** Sums one row's households by status: each with its net income in the row, counted when that is positive. */
export class StatusTally {
  private readonly sums = new Map<BenefitedStatus, { households: number; persons: number; income: number }>(
    BENEFITED_STATUSES.map((status) => [status, { households: 0, persons: 0, income: 0 }]),
  )

  add(status: BenefitedStatus, netIncome: number, persons: number): void {
    const sum = this.sums.get(status)!
    sum.income += netIncome
    if (netIncome <= 0) return
    sum.households += 1
    sum.persons += persons
  }

  split(): StatusSplit {
    const figures = (status: BenefitedStatus): StatusFigures => {
      const { households, persons, income } = this.sums.get(status)!
      return {
        households_benefited: households,
        persons_benefited: persons,
        household_income_fen: income,
        avg_income_per_household_fen: divideRounded(income, households),
        avg_income_per_person_fen: divideRounded(income, persons),
      }
    }
    return { registered_poor: figures("registered_poor"), monitored: figures("monitored") }
  }
}

/** Running sums for one row; fed entries one at a time, then turned into figures. */
export class FiguresAccumulator {
  private sales = 0
  private refunds = 0
  private quantity = 0
  private income = 0
  private collective = 0
  private readonly orderNet = new Map<string, number>()
  private readonly cooperativeNet = new Map<string, number>()
  private readonly householdNet = new Map<string, number>()

  add(entry: LedgerEntry): void {
    this.sales += entry.amount_fen
    if (entry.kind !== "sale") this.refunds -= entry.amount_fen
    if (entry.party === "cooperative") this.quantity += entry.quantity_g
    if (entry.party === "collective") this.collective += entry.amount_fen
    addTo(this.orderNet, entry.order_id, entry.amount_fen)
    addTo(this.cooperativeNet, entry.cooperative_id, entry.amount_fen)

    const { household_key: key, household_status: status } = entry
    if (entry.party !== "household" || key === undefined || status === undefined) return
    if (!countsAsBenefited(status)) return
    this.income += entry.amount_fen
    addTo(this.householdNet, key, entry.amount_fen)
  }

  figures(facts: HouseholdFacts): ReportFigures {
    const benefited = [...this.householdNet].filter(([, net]) => net > 0).map(([key]) => key)
    const persons = benefited.reduce((sum, key) => sum + facts.size(key), 0)
    const tally = new StatusTally()
    for (const [key, net] of this.householdNet) tally.add(facts.status(key), net, facts.size(key))
    return {
      orders: countPositive(this.orderNet),
      sales_fen: this.sales,
      refunds_fen: this.refunds,
      quantity_g: this.quantity,
      cooperatives: countPositive(this.cooperativeNet),
      households_benefited: benefited.length,
      persons_benefited: persons,
      household_income_fen: this.income,
      collective_income_fen: this.collective,
      avg_income_per_household_fen: divideRounded(this.income, benefited.length),
      avg_income_per_person_fen: divideRounded(this.income, persons),
      by_status: tally.split(),
    }
  }
}

function addTo(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount)
}

function countPositive(map: Map<string, number>): number {
  let count = 0
  for (const net of map.values()) if (net > 0) count += 1
  return count
}

/** Integer division rounded half away from zero, exact (BigInt) for any safe integers; 0 for a zero divisor. */
export function divideRounded(numerator: number, divisor: number): number {
  if (divisor === 0) return 0
  const n = BigInt(numerator)
  const d = BigInt(divisor)
  const quotient = n / d
  const remainder = n % d
  const absRemainder = remainder < 0n ? -remainder : remainder
  if (absRemainder * 2n < (d < 0n ? -d : d)) return Number(quotient)
  return Number(quotient + (n < 0n !== d < 0n ? -1n : 1n))
}
