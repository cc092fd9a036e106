import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { allocateLine } from "./allocate-line"
import { foldReport, REPORT_GROUPINGS, type ReportQuery } from "./fold-report"
import { LedgerColumns } from "./ledger-columns"
import type { LedgerEntry } from "./ledger-entry"
import type { LineAllocation } from "./line-allocation"
import { reverseAllocation } from "./reverse"
import { contributionsArb, mechanismArb, partitionArb, shuffled } from "./test-arbitraries"
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
    contributions: contributionsArb,
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

const ADDITIVE = ["sales_fen", "refunds_fen", "quantity_g", "household_income_fen"] as const
const DISTINCT = ["orders", "cooperatives", "households_benefited", "persons_benefited"] as const

describe("foldReport properties", () => {
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
