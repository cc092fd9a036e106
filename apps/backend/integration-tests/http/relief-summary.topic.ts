import { topic } from "../runner"
import { dropDatabase } from "../seeded-template"
import {
  allocateLine,
  BENEFITED_STATUSES,
  foldReport,
  REPORT_GROUPINGS,
  reverseAllocation,
  toLedgerEntries,
  type Contribution,
  type LineAllocation,
  type ReportFigures,
} from "@fengshou/relief-core"
import type { NewLedgerEntry } from "@fengshou/relief-core"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { lineEntries, NO_STATUS, status, type Line } from "./official-helpers"

// The ledger's report (summarize: a column copy brought up to date from the table) must equal relief-core's
// foldReport over the same entries, for every grouping,
// scope and period, on ledgers drawn from a seeded generator: refunds and cancels, member households, households
// whose size changed between sales, sales either side of midnight in Shanghai.
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const VILLAGES = ["231223111204", "231223111205", "231085101207", "231085101206", "371003106229", "211381113205"]
const STATUSES: Contribution["status"][] = ["registered_poor", "monitored", "member"]
const START = Date.parse("2026-01-31T15:30:00Z")

function randomLedger(seed: number, orders: number): NewLedgerEntry[] {
  const rnd = mulberry32(seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!
  const int = (max: number) => Math.floor(rnd() * (max + 1))
  const entries: NewLedgerEntry[] = []
  for (let o = 0; o < orders; o += 1) {
    const order_id = `order_${seed}_${o}`
    const soldAt = START + int(90) * 3_600_000 * 24 + int(60) * 60_000
    const channel = pick(["online", "livestream", "institutional"] as const)
    for (let l = 0; l < 1 + int(2); l += 1) {
      const village = pick(VILLAGES)
      const households = Array.from({ length: int(3) }, (_, i): Contribution => ({
        household_key: `hh_${village}_${i}`,
        status: pick(STATUSES),
        persons: 1 + int(5),
        grams: 1 + int(900),
        share_weight: 1 + int(2),
      }))
      const line = {
        net_fen: int(20_000),
        quantity_g: int(5000),
        contributions: households,
        mechanism: households.length
          ? {
              supply: { farmgate_fen_per_kg: int(3000) },
              ...(rnd() < 0.5 ? { dividend: { basis_points: int(2000) } } : {}),
            }
          : {},
      }
      const dims = {
        source_event_id: `order.placed:${order_id}`,
        product_id: null,
        variant_id: null,
        live_session_id: null,
        host_id: null,
        order_id,
        line_item_id: `${order_id}_${l}`,
        cooperative_id: `coop_${village}`,
        division_code: village,
        channel,
        category: pick(["grain-oil", "honey", null]),
      }
      const sale = allocateLine(line)
      const households_ = households.map((h) => ({
        household_key: h.household_key,
        status: h.status,
        persons: h.persons,
      }))
      const saleEntries = toLedgerEntries(
        { ...dims, occurred_at: new Date(soldAt), kind: "sale", quantity_g: line.quantity_g, households: households_ },
        sale,
      )
      entries.push(...saleEntries.map((e) => ({ ...e, ...pickAudit(dims) })))
      const reversals: LineAllocation[] = []
      let left = line.net_fen
      for (let r = 0; r < int(2); r += 1) {
        const refund_fen = r === 1 ? left : int(left)
        const reversal = reverseAllocation({ original: sale, previous_reversals: reversals, refund_fen })
        reversals.push(reversal)
        left -= refund_fen
        const at = new Date(soldAt + (r + 1) * 9 * 86_400_000)
        const source = `refund:${order_id}_${l}_${r}`
        const reversed = toLedgerEntries(
          {
            ...dims,
            occurred_at: at,
            kind: r === 1 ? "cancel" : "refund",
            quantity_g: r === 1 ? -line.quantity_g : 0,
            households: households_,
          },
          reversal,
        )
        entries.push(...reversed.map((e) => ({ ...e, ...pickAudit(dims), source_event_id: source })))
      }
    }
  }
  return entries
}
const pickAudit = (d: {
  source_event_id: string
  product_id: null
  variant_id: null
  live_session_id: null
  host_id: null
}) => ({
  source_event_id: d.source_event_id,
  product_id: d.product_id,
  variant_id: d.variant_id,
  live_session_id: d.live_session_id,
  host_id: d.host_id,
})

export default topic("relief-summary", ({ getContainer, dbUtils }) => {
  const ledger = () => getContainer().resolve<ReliefLedgerModuleService>("relief_ledger")

  it("equals foldReport for every grouping, scope and period", async () => {
    const entries = [1, 2, 3, 4, 5].flatMap((seed) => randomLedger(seed, 40))
    expect(await ledger().appendEntries(entries)).toHaveLength(entries.length)
    const written = await ledger().listReportEntries({ from: "2000-01-01", to: "2099-12-31", prefix: "" })
    expect(written).toHaveLength(entries.length)
    const periods = [
      { from: "2026-01-01", to: "2026-12-31" },
      { from: "2026-02-01", to: "2026-02-28" },
      { from: "2026-03-15", to: "2026-04-10" },
    ]
    const regions = [undefined, "23", "2310", "231223", "231223111", "231223111204", "37"]
    for (const period of periods) {
      for (const region of regions) {
        for (const group_by of REPORT_GROUPINGS) {
          const query = { ...period, region, group_by }
          const report = await ledger().summarize(query)
          expect(report, JSON.stringify(query)).toEqual(foldReport(written, query))
          for (const figures of [report.totals, ...report.rows]) expectStatusesSumTo(figures)
        }
      }
    }
  })

  it("picks up entries appended after a report, and starts over when a compensation removed rows", async () => {
    const query = { from: "2000-01-01", to: "2099-12-31", group_by: "channel" } as const
    const before = await ledger().summarize(query)
    const more = randomLedger(99, 10)
    const ids = await ledger().appendEntries(more)
    const after = await ledger().summarize(query)
    expect(after.totals.sales_fen).toBe(before.totals.sales_fen + more.reduce((s, e) => s + e.amount_fen, 0))
    await ledger().removeJustAppended(ids)
    expect(await ledger().summarize(query)).toEqual(before)
  })

  it("starts over when its database is a new one, even with more rows than it had (a restored copy)", async () => {
    // A database made again from a copy (a test's restore, a backup restored as a new database under the running
    // app) reuses the ledger's seq values: with more rows than the copy had, the seqs alone cannot tell.
    const query = { from: "2000-01-01", to: "2099-12-31", group_by: "region" } as const
    const templateName = `relief-swap-${process.pid}`
    await dbUtils.snapshot({ templateName })
    try {
      const first = randomLedger(7, 10)
      await ledger().appendEntries(first)
      expect((await ledger().summarize(query)).totals.sales_fen).toBeGreaterThan(0)
      await dbUtils.restore({ templateName })
      const second = randomLedger(8, 30)
      expect(second.length).toBeGreaterThan(first.length)
      await ledger().appendEntries(second)
      const written = await ledger().listReportEntries({ from: "2000-01-01", to: "2099-12-31", prefix: "" })
      expect(written).toHaveLength(second.length)
      expect(await ledger().summarize(query)).toEqual(foldReport(written, query))
    } finally {
      await dropDatabase(templateName)
    }
  })

  it("counts a household whose status changed in the period under its latest status, in every row", async () => {
    // 土宝营村 (none of the random ledger's villages): hh_change is a 脱贫户 of 3 persons in July and a 监测户 of 4 in
    // August; hh_stay a 脱贫户 of 2. Supply at 1,000 fen/kg: 1,000 g each in July, hh_change 1,000 g in August.
    const village = "211381103205"
    const hh = (household_key: string, status: Contribution["status"], persons: number) => ({
      household_key,
      status,
      persons,
      grams: 1000,
      share_weight: 1,
    })
    const line = (order: string, at: string, contributions: Contribution[]): Line => ({
      order,
      coop: "tubaoying",
      village,
      channel: "online",
      category: "jujube",
      at,
      input: {
        net_fen: 10_000,
        quantity_g: 1000 * contributions.length,
        mechanism: { supply: { farmgate_fen_per_kg: 1000 } },
        contributions,
      },
    })
    const entries = [
      line("order_status_jul", "2026-07-05T02:00:00Z", [
        hh("hh_change", "registered_poor", 3),
        hh("hh_stay", "registered_poor", 2),
      ]),
      line("order_status_aug", "2026-08-05T02:00:00Z", [hh("hh_change", "monitored", 4)]),
    ].flatMap((l) => lineEntries(l, "coop_tubaoying"))
    await ledger().appendEntries(entries)

    const summer = await ledger().summarize({
      from: "2026-07-01",
      to: "2026-08-31",
      region: village,
      group_by: "month",
    })
    expect(summer.rows.map((r) => [r.key, r.households_benefited, r.persons_benefited, r.by_status])).toEqual([
      ["2026-07", 2, 6, { registered_poor: status(1, 2, 1000, 1000, 500), monitored: status(1, 4, 1000, 1000, 250) }],
      ["2026-08", 1, 4, { registered_poor: NO_STATUS, monitored: status(1, 4, 1000, 1000, 250) }],
    ])
    expect(summer.totals).toEqual(
      expect.objectContaining({
        households_benefited: 2,
        persons_benefited: 6,
        household_income_fen: 3000,
        by_status: { registered_poor: status(1, 2, 1000, 1000, 500), monitored: status(1, 4, 2000, 2000, 500) },
      }),
    )
    // July alone has only its 脱贫户 entries: hh_change is a 脱贫户 of 3 there.
    const july = await ledger().summarize({
      from: "2026-07-01",
      to: "2026-07-31",
      region: village,
      group_by: "channel",
    })
    expect(july.totals.by_status).toEqual({ registered_poor: status(2, 5, 2000, 1000, 400), monitored: NO_STATUS })
    for (const report of [summer, july])
      for (const figures of [report.totals, ...report.rows]) expectStatusesSumTo(figures)
  })

  it("rejects a malformed query with relief-core's message", async () => {
    await expect(ledger().summarize({ from: "2026-02-30", to: "2026-03-01", group_by: "month" })).rejects.toThrow(
      /YYYY-MM-DD/,
    )
    await expect(
      ledger().summarize({ from: "2026-01-01", to: "2026-03-01", region: "231", group_by: "month" }),
    ).rejects.toThrow(/2, 4, 6, 9 or 12/)
  })
})

/** Households, persons and income split by status add up to the figure's own. */
function expectStatusesSumTo(figures: ReportFigures) {
  for (const field of ["households_benefited", "persons_benefited", "household_income_fen"] as const) {
    const split = BENEFITED_STATUSES.reduce((sum, status) => sum + figures.by_status[status][field], 0)
    expect(split, field).toBe(figures[field])
  }
}
