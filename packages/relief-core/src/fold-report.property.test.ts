import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { allocateLine } from "./allocate-line"
import { foldReport, REPORT_GROUPINGS, type ReportQuery } from "./fold-report"
import { LedgerColumns } from "./ledger-columns"
import type { LedgerEntry } from "./ledger-entry"
import type { LineAllocation } from "./line-allocation"
import { reverseAllocation } from "./reverse"
import { BENEFITED_STATUSES, countsAsBenefited } from "./household-status"
import { contributionsFrom, mechanismArb, partitionArb, shuffled } from "./test-arbitraries"
import { toLedgerEntries } from "./to-ledger-entries"

const COOPERATIVES = [
  { cooperative_id: "yuanda", division_code: "231223111204" },
  { cooperative_id: "daqiao", division_code: "231085101207" },
  { cooperative_id: "tuanjie", division_code: "231085101206" },
  { cooperative_id: "beima", division_code: "371003106229" },
] as const
const JAN_1 = Date.parse("2024-01-01T00:00:00+08:00")
const DAY = 86_400_000

/** One order line: its sale and some of the refunds that could follow, written as the ledger would. */
const lineArb = fc
  .record({
    order_id: fc.constantFrom("O1", "O2", "O3", "O4", "O5", "O6"),
    cooperative: fc.constantFrom(...COOPERATIVES),
    channel: fc.constantFrom("online", "livestream", "institutional"),
    category: fc.constantFrom("grain", "honey", null),
    soldAt: fc.integer({ min: JAN_1, max: JAN_1 + 120 * DAY }),
    net_fen: fc.nat({ max: 500_000 }),
    quantity_g: fc.nat({ max: 10_000 }),
    mechanism: mechanismArb,
    contributions: contributionsFrom(fc.constantFrom("h1", "h2", "h3", "h4", "h5")),
    refundCount: fc.nat({ max: 3 }),
    line_item_id: fc.uuid(),
  })
  .chain((line) => fc.tuple(fc.constant(line), partitionArb(line.net_fen)))
  .map(([line, pieces]): LedgerEntry[] => {
    const { cooperative, contributions, soldAt, refundCount, order_id, line_item_id, channel, category } = line
    const dims = { order_id, line_item_id, ...cooperative, channel, category }
    const sale = allocateLine(line)
    const entries = toLedgerEntries(
      { ...dims, occurred_at: new Date(soldAt), kind: "sale", quantity_g: line.quantity_g, households: contributions },
      sale,
    )
    const reversals: LineAllocation[] = []
    pieces.slice(0, refundCount).forEach((refund_fen, i) => {
      const reversal = reverseAllocation({ original: sale, previous_reversals: reversals, refund_fen })
      reversals.push(reversal)
      const at = new Date(soldAt + (i + 1) * 20 * DAY).toISOString()
      entries.push(
        ...toLedgerEntries(
          { ...dims, occurred_at: at, kind: i % 2 ? "cancel" : "refund", quantity_g: 0, households: contributions },
          reversal,
        ),
      )
    })
    return entries
  })
const ledgerArb = fc.array(lineArb, { maxLength: 8 }).map((lines) => lines.flat())
const queryArb = fc.record({
  from: fc.constantFrom("2024-01-01", "2024-02-15"),
  to: fc.constantFrom("2024-03-31", "2024-06-30"),
  region: fc.constantFrom(undefined, "23", "2310", "231223111204"),
})

const ADDITIVE = ["sales_fen", "refunds_fen", "quantity_g", "household_income_fen", "collective_income_fen"] as const
const DISTINCT = ["orders", "cooperatives", "households_benefited", "persons_benefited"] as const
const SPLIT = ["households_benefited", "persons_benefited", "household_income_fen"] as const

const shanghaiDay = (e: LedgerEntry) =>
  new Date(new Date(e.occurred_at).getTime() + 8 * 3_600_000).toISOString().slice(0, 10)

/**
 * The status split worked out plainly, as a reference: each household's status is that of its latest relief entry
 * among all of `scope` (ties to the status listed first), its income and size summed over the entries of `row`.
 */
function referenceSplit(scope: readonly LedgerEntry[], row: readonly LedgerEntry[]) {
  const latest = new Map<string, { at: number; rank: number; persons: number; sizeAt: number }>()
  for (const e of scope) {
    if (e.party !== "household" || !e.household_key || !e.household_status) continue
    const at = new Date(e.occurred_at).getTime()
    const seen = latest.get(e.household_key) ?? { at: -Infinity, rank: 9, persons: 0, sizeAt: -Infinity }
    const persons = e.household_persons ?? 0
    if (at > seen.sizeAt || (at === seen.sizeAt && persons > seen.persons)) Object.assign(seen, { persons, sizeAt: at })
    const rank = countsAsBenefited(e.household_status) ? BENEFITED_STATUSES.indexOf(e.household_status) : -1
    if (rank >= 0 && (at > seen.at || (at === seen.at && rank < seen.rank))) Object.assign(seen, { at, rank })
    latest.set(e.household_key, seen)
  }
  const net = new Map<string, number>()
  for (const e of row) {
    if (e.party !== "household" || !e.household_key || !e.household_status) continue
    if (!countsAsBenefited(e.household_status)) continue
    net.set(e.household_key, (net.get(e.household_key) ?? 0) + e.amount_fen)
  }
  const split = BENEFITED_STATUSES.map(() => ({
    households_benefited: 0,
    persons_benefited: 0,
    household_income_fen: 0,
  }))
  for (const [key, income] of net) {
    const { rank, persons } = latest.get(key)!
    const figures = split[rank]!
    figures.household_income_fen += income
    if (income <= 0) continue
    figures.households_benefited += 1
    figures.persons_benefited += persons
  }
  return { registered_poor: split[0]!, monitored: split[1]! }
}

// Each property folds a hundred ledgers five ways: seconds on a loaded CI machine, not the default 5.
describe("foldReport properties", { timeout: 30_000 }, () => {
  it("sums rows exactly to the totals for additive fields, for every grouping", () => {
    fc.assert(
      fc.property(ledgerArb, queryArb, (ledger, period) => {
        const reports = REPORT_GROUPINGS.map((group_by) => foldReport(ledger, { ...period, group_by }))
        for (const report of reports) {
          for (const field of ADDITIVE) {
            expect(
              report.rows.reduce((s, r) => s + r[field], 0),
              field,
            ).toBe(report.totals[field])
          }
          // Distinct counts are computed for the totals, so they can only be at most the row sum.
          for (const field of DISTINCT) {
            expect(report.totals[field]).toBeLessThanOrEqual(report.rows.reduce((s, r) => s + r[field], 0))
          }
          expect(report.totals).toEqual(reports[0]?.totals)
        }
      }),
    )
  })

  it("splits every row and the totals by status, the statuses summing to the row's household figures", () => {
    fc.assert(
      fc.property(ledgerArb, queryArb, fc.constantFrom(...REPORT_GROUPINGS), (ledger, period, group_by) => {
        const report = foldReport(ledger, { ...period, group_by })
        for (const figures of [...report.rows, report.totals]) {
          for (const field of SPLIT) {
            const split = BENEFITED_STATUSES.reduce((sum, status) => sum + figures.by_status[status][field], 0)
            expect(split, field).toBe(figures[field])
          }
        }
        // A household counts once in the totals, so a status's total is at most the sum of its rows.
        for (const status of BENEFITED_STATUSES) {
          for (const field of ["households_benefited", "persons_benefited"] as const) {
            const rows = report.rows.reduce((sum, r) => sum + r.by_status[status][field], 0)
            expect(report.totals.by_status[status][field]).toBeLessThanOrEqual(rows)
          }
        }
      }),
    )
  })

  it("puts each household under exactly one status per report: its latest in scope, in every row", () => {
    fc.assert(
      fc.property(ledgerArb, queryArb, (ledger, period) => {
        const prefix = period.region ?? ""
        const scope = ledger.filter((e) => {
          const day = shanghaiDay(e)
          return day >= period.from && day <= period.to && e.division_code.startsWith(prefix)
        })
        const report = foldReport(ledger, { ...period, group_by: "cooperative" })
        const strip = (split: ReturnType<typeof referenceSplit>) => ({
          registered_poor: pickSplit(split.registered_poor),
          monitored: pickSplit(split.monitored),
        })
        expect(strip(report.totals.by_status)).toEqual(referenceSplit(scope, scope))
        for (const row of report.rows) {
          const entries = scope.filter((e) => e.cooperative_id === row.key)
          expect(strip(row.by_status), String(row.key)).toEqual(referenceSplit(scope, entries))
        }
      }),
    )
  })

  it("computes the totals from the entries, not from the rows", () => {
    fc.assert(
      fc.property(ledgerArb, queryArb, (ledger, period) => {
        const totals = foldReport(ledger, { ...period, group_by: "category" }).totals
        const prefix = period.region === "231223111204" ? period.region : (period.region ?? "")
        const inScope = ledger.filter((e) => {
          const day = new Date(new Date(e.occurred_at).getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
          return day >= period.from && day <= period.to && e.division_code.startsWith(prefix)
        })
        const orderNet = new Map<string, number>()
        for (const e of inScope) orderNet.set(e.order_id, (orderNet.get(e.order_id) ?? 0) + e.amount_fen)
        expect(totals.orders).toBe([...orderNet.values()].filter((net) => net > 0).length)
        expect(totals.sales_fen).toBe(inScope.reduce((s, e) => s + e.amount_fen, 0))
        const collective = inScope.filter((e) => e.party === "collective")
        expect(totals.collective_income_fen).toBe(collective.reduce((s, e) => s + e.amount_fen, 0))
      }),
    )
  })

  it("does not depend on the order of the entries", () => {
    fc.assert(
      fc.property(
        ledgerArb.chain((ledger) => fc.tuple(fc.constant(ledger), shuffled(ledger))),
        fc.constantFrom(...REPORT_GROUPINGS),
        ([ledger, reordered], group_by) => {
          const query: ReportQuery = { from: "2024-01-01", to: "2024-12-31", group_by }
          expect(foldReport(reordered, query)).toEqual(foldReport(ledger, query))
        },
      ),
    )
  })

  it("folds to the same report from typed columns as from the entries", () => {
    fc.assert(
      fc.property(ledgerArb, queryArb, fc.constantFrom(...REPORT_GROUPINGS), (ledger, period, group_by) => {
        const columns = new LedgerColumns()
        ledger.forEach((entry) => columns.append(entry))
        const query: ReportQuery = { ...period, group_by }
        expect(columns.fold(query)).toEqual(foldReport(ledger, query))
      }),
    )
  })
})

function pickSplit(f: { households_benefited: number; persons_benefited: number; household_income_fen: number }) {
  return {
    households_benefited: f.households_benefited,
    persons_benefited: f.persons_benefited,
    household_income_fen: f.household_income_fen,
  }
}
