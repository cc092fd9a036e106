import { countsAsBenefited } from "./household-status"
import type { LedgerEntry } from "./ledger-entry"

/**
 * The figures every report row and the totals carry.
 * Additive (rows of a grouping sum exactly to the totals): sales_fen, refunds_fen, quantity_g, household_income_fen.
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
  /** household_income_fen / households_benefited, rounded half away from zero; 0 when no households. */
  readonly avg_income_per_household_fen: number
  /** household_income_fen / persons_benefited, rounded half away from zero; 0 when no persons. */
  readonly avg_income_per_person_fen: number
}

interface SizeSeen {
  persons: number
  at: number
}

/**
 * Each household's size as of its latest entry in the report's scope. One size per household for the whole report,
 * so a household counted in a row weighs there what it weighs in the totals, and the totals never exceed the rows.
 */
export class HouseholdSizes {
  private readonly seen = new Map<string, SizeSeen>()

  /** `at` is the entry's instant in epoch ms. */
  add(entry: LedgerEntry, at: number): void {
    const { household_key: key, household_persons: persons } = entry
    if (entry.party !== "household" || key === undefined || persons === undefined) return
    const last = this.seen.get(key)
    // Latest size wins; on equal instants the larger one, so input order never matters.
    if (!last || at > last.at || (at === last.at && persons > last.persons)) this.seen.set(key, { persons, at })
  }

  of(key: string): number {
    return this.seen.get(key)?.persons ?? 0
  }
}

/** Running sums for one row; fed entries one at a time, then turned into figures. */
export class FiguresAccumulator {
  private sales = 0
  private refunds = 0
  private quantity = 0
  private income = 0
  private readonly orderNet = new Map<string, number>()
  private readonly cooperativeNet = new Map<string, number>()
  private readonly householdNet = new Map<string, number>()

  add(entry: LedgerEntry): void {
    this.sales += entry.amount_fen
    if (entry.kind !== "sale") this.refunds -= entry.amount_fen
    if (entry.party === "cooperative") this.quantity += entry.quantity_g
    addTo(this.orderNet, entry.order_id, entry.amount_fen)
    addTo(this.cooperativeNet, entry.cooperative_id, entry.amount_fen)

    const { household_key: key, household_status: status } = entry
    if (entry.party !== "household" || key === undefined || status === undefined) return
    if (!countsAsBenefited(status)) return
    this.income += entry.amount_fen
    addTo(this.householdNet, key, entry.amount_fen)
  }

  figures(sizes: HouseholdSizes): ReportFigures {
    const benefited = [...this.householdNet].filter(([, net]) => net > 0).map(([key]) => key)
    const persons = benefited.reduce((sum, key) => sum + sizes.of(key), 0)
    return {
      orders: countPositive(this.orderNet),
      sales_fen: this.sales,
      refunds_fen: this.refunds,
      quantity_g: this.quantity,
      cooperatives: countPositive(this.cooperativeNet),
      households_benefited: benefited.length,
      persons_benefited: persons,
      household_income_fen: this.income,
      avg_income_per_household_fen: divideRounded(this.income, benefited.length),
      avg_income_per_person_fen: divideRounded(this.income, persons),
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
