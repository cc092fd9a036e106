import { childPrefixLength, toScopePrefix } from "./division-code"
import { compareKeys, validateReportQuery, type ReliefReport, type ReportQuery, type ReportRow } from "./fold-report"
import { BENEFITED_STATUSES, countsAsBenefited } from "./household-status"
import { CHANNELS, type LedgerEntry } from "./ledger-entry"
import { divideRounded, statusRank, StatusTally, type ReportFigures, type StatusSplit } from "./report-figures"
import { shanghaiDate } from "./shanghai-time"
import { validateLedgerEntry } from "./validate-ledger-entry"

const DAY_MS = 86_400_000
const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/** Strings to dense indexes, so columns hold numbers. */
class Dictionary {
  readonly values: string[] = []
  private readonly index = new Map<string, number>()
  of(value: string): number {
    let i = this.index.get(value)
    if (i === undefined) {
      i = this.values.length
      this.values.push(value)
      this.index.set(value, i)
    }
    return i
  }
}

type Column = Int32Array | Float64Array | Uint8Array | Uint16Array

/**
 * The ledger held column by column in typed arrays, folded into the same report as foldReport (its tests hold the two
 * equal) without a string map per entry: meant for a long-lived cache of a large ledger, where folding a million
 * entries must take milliseconds. Entries are only ever appended, as in the ledger itself.
 */
export class LedgerColumns {
  private n = 0
  private day = new Int32Array(1024)
  private at = new Float64Array(1024)
  private division = new Int32Array(1024)
  private cooperative = new Int32Array(1024)
  private channel = new Uint8Array(1024)
  private category = new Int32Array(1024)
  private refund = new Uint8Array(1024)
  private household = new Int32Array(1024)
  /** 0 for an entry that does not count as relief, else 1 + the status's index in BENEFITED_STATUSES. */
  private benefited = new Uint8Array(1024)
  private persons = new Uint16Array(1024)
  /** 1 for a village collective entry. */
  private collective = new Uint8Array(1024)
  private order = new Int32Array(1024)
  private amount = new Float64Array(1024)
  private quantity = new Float64Array(1024)
  private readonly divisions = new Dictionary()
  private readonly cooperatives = new Dictionary()
  private readonly categories = new Dictionary()
  private readonly orders = new Dictionary()
  private readonly households = new Dictionary()

  get size(): number {
    return this.n
  }

  append(entry: LedgerEntry): void {
    validateLedgerEntry(entry, this.n)
    if (this.n === this.day.length) this.grow()
    const i = this.n
    const at = new Date(entry.occurred_at).getTime()
    this.at[i] = at
    this.day[i] = Math.floor((at + SHANGHAI_OFFSET_MS) / DAY_MS)
    this.division[i] = this.divisions.of(entry.division_code)
    this.cooperative[i] = this.cooperatives.of(entry.cooperative_id)
    this.channel[i] = CHANNELS.indexOf(entry.channel)
    this.category[i] = entry.category === null ? -1 : this.categories.of(entry.category)
    this.refund[i] = entry.kind === "sale" ? 0 : 1
    this.order[i] = this.orders.of(entry.order_id)
    this.amount[i] = entry.amount_fen
    this.quantity[i] = entry.party === "cooperative" ? entry.quantity_g : 0
    const isHousehold = entry.party === "household" && entry.household_key !== undefined
    this.household[i] = isHousehold ? this.households.of(entry.household_key!) : -1
    this.persons[i] = isHousehold ? (entry.household_persons ?? 0) : 0
    this.collective[i] = entry.party === "collective" ? 1 : 0
    const status = entry.household_status
    this.benefited[i] = isHousehold && status !== undefined && countsAsBenefited(status) ? 1 + statusRank(status) : 0
    this.n += 1
  }

  fold(query: ReportQuery): ReliefReport {
    const { from, to, group_by } = validateReportQuery(query)
    const prefix = query.region === undefined ? "" : toScopePrefix(query.region)
    const fromDay = Date.parse(`${from}T00:00:00Z`) / DAY_MS
    const toDay = Date.parse(`${to}T00:00:00Z`) / DAY_MS
    const inScope = Uint8Array.from(this.divisions.values, (code) => (code.startsWith(prefix) ? 1 : 0))
    const groupOf = this.grouper(group_by, childPrefixLength(prefix.length))

    const keys: (string | null)[] = []
    const groupIndex = new Map<string | null, number>()
    const sums: number[][] = [] // per group: sales, refunds, quantity, income, collective income
    const total = [0, 0, 0, 0, 0]
    const ORD = this.orders.values.length
    const COOP = this.cooperatives.values.length
    const HH = this.households.values.length
    const orderNet = new Map<number, number>()
    const coopNet = new Map<number, number>()
    const householdNet = new Map<number, number>()
    const orderTotal = new Float64Array(ORD)
    const coopTotal = new Float64Array(COOP)
    const householdTotal = new Float64Array(HH)
    const householdSeen = new Uint8Array(HH)
    const sizeAt = new Float64Array(HH).fill(-Infinity)
    const size = new Uint16Array(HH)
    // Status as of the latest relief entry in the scope; on equal instants the lower rank (as HouseholdFacts).
    const statusAt = new Float64Array(HH).fill(-Infinity)
    const status = new Uint8Array(HH)

    for (let i = 0; i < this.n; i += 1) {
      const day = this.day[i]!
      if (day < fromDay || day > toDay || !inScope[this.division[i]!]) continue
      const key = groupOf(i)
      let g = groupIndex.get(key)
      if (g === undefined) {
        g = keys.length
        keys.push(key)
        groupIndex.set(key, g)
        sums.push([0, 0, 0, 0, 0])
      }
      const amount = this.amount[i]!
      const row = sums[g]!
      row[0]! += amount
      total[0]! += amount
      if (this.refund[i]) {
        row[1]! -= amount
        total[1]! -= amount
      }
      row[2]! += this.quantity[i]!
      total[2]! += this.quantity[i]!
      if (this.collective[i]) {
        row[4]! += amount
        total[4]! += amount
      }
      const o = this.order[i]!
      orderNet.set(g * ORD + o, (orderNet.get(g * ORD + o) ?? 0) + amount)
      orderTotal[o]! += amount
      const c = this.cooperative[i]!
      coopNet.set(g * COOP + c, (coopNet.get(g * COOP + c) ?? 0) + amount)
      coopTotal[c]! += amount
      const h = this.household[i]!
      if (h < 0) continue
      const at = this.at[i]!
      // Latest size in the scope wins; on equal instants the larger one (as foldReport's HouseholdSizes).
      if (at > sizeAt[h]! || (at === sizeAt[h] && this.persons[i]! > size[h]!)) {
        sizeAt[h] = at
        size[h] = this.persons[i]!
      }
      const benefited = this.benefited[i]!
      if (!benefited) continue
      if (at > statusAt[h]! || (at === statusAt[h] && benefited < status[h]!)) {
        statusAt[h] = at
        status[h] = benefited
      }
      row[3]! += amount
      total[3]! += amount
      householdNet.set(g * HH + h, (householdNet.get(g * HH + h) ?? 0) + amount)
      householdTotal[h]! += amount
      householdSeen[h] = 1
    }

    const counts = keys.map(() => ({ orders: 0, cooperatives: 0, households: 0, persons: 0 }))
    const tallies = keys.map(() => new StatusTally())
    const statusOf = (h: number) => BENEFITED_STATUSES[status[h]! - 1]!
    for (const [k, net] of orderNet) if (net > 0) counts[Math.floor(k / ORD)]!.orders += 1
    for (const [k, net] of coopNet) if (net > 0) counts[Math.floor(k / COOP)]!.cooperatives += 1
    for (const [k, net] of householdNet) {
      tallies[Math.floor(k / HH)]!.add(statusOf(k % HH), net, size[k % HH]!)
      if (net <= 0) continue
      const group = counts[Math.floor(k / HH)]!
      group.households += 1
      group.persons += size[k % HH]!
    }
    const totalCounts = { orders: 0, cooperatives: 0, households: 0, persons: 0 }
    for (const net of orderTotal) if (net > 0) totalCounts.orders += 1
    for (const net of coopTotal) if (net > 0) totalCounts.cooperatives += 1
    const totalTally = new StatusTally()
    householdTotal.forEach((net, h) => {
      if (!householdSeen[h]) return
      totalTally.add(statusOf(h), net, size[h]!)
      if (net <= 0) return
      totalCounts.households += 1
      totalCounts.persons += size[h]!
    })

    const rows: ReportRow[] = keys
      .map((key, g) => ({ key, ...figures(sums[g]!, counts[g]!, tallies[g]!.split()) }))
      .sort((a, b) => compareKeys(a.key, b.key))
    return { group_by, rows, totals: figures(total, totalCounts, totalTally.split()) }
  }

  private grouper(groupBy: ReportQuery["group_by"], regionLength: number): (i: number) => string | null {
    switch (groupBy) {
      case "region": {
        const keys = this.divisions.values.map((code) => code.slice(0, regionLength))
        return (i) => keys[this.division[i]!]!
      }
      case "cooperative":
        return (i) => this.cooperatives.values[this.cooperative[i]!]!
      case "channel":
        return (i) => CHANNELS[this.channel[i]!]!
      case "category":
        return (i) => (this.category[i]! < 0 ? null : this.categories.values[this.category[i]!]!)
      case "month": {
        const months = new Map<number, string>()
        return (i) => {
          const day = this.day[i]!
          let month = months.get(day)
          if (month === undefined) {
            month = shanghaiDate(new Date(day * DAY_MS)).slice(0, 7)
            months.set(day, month)
          }
          return month
        }
      }
    }
  }

  private grow(): void {
    const bigger = <T extends Column>(column: T): T => {
      const next = new (column.constructor as new (length: number) => T)(column.length * 2)
      next.set(column as never)
      return next
    }
    this.day = bigger(this.day)
    this.at = bigger(this.at)
    this.division = bigger(this.division)
    this.cooperative = bigger(this.cooperative)
    this.channel = bigger(this.channel)
    this.category = bigger(this.category)
    this.refund = bigger(this.refund)
    this.household = bigger(this.household)
    this.benefited = bigger(this.benefited)
    this.persons = bigger(this.persons)
    this.collective = bigger(this.collective)
    this.order = bigger(this.order)
    this.amount = bigger(this.amount)
    this.quantity = bigger(this.quantity)
  }
}

function figures(
  sums: readonly number[],
  counts: { orders: number; cooperatives: number; households: number; persons: number },
  by_status: StatusSplit,
): ReportFigures {
  const income = sums[3] ?? 0
  return {
    orders: counts.orders,
    sales_fen: sums[0] ?? 0,
    refunds_fen: sums[1] ?? 0,
    quantity_g: sums[2] ?? 0,
    cooperatives: counts.cooperatives,
    households_benefited: counts.households,
    persons_benefited: counts.persons,
    household_income_fen: income,
    collective_income_fen: sums[4] ?? 0,
    avg_income_per_household_fen: divideRounded(income, counts.households),
    avg_income_per_person_fen: divideRounded(income, counts.persons),
    by_status,
  }
}
