import { describe, expect, it } from "vitest"
import { allocateLine } from "./allocate-line"
import { foldReport } from "./fold-report"
import { LedgerColumns } from "./ledger-columns"
import type { Contribution } from "./line-allocation"
import type { LedgerEntry } from "./ledger-entry"
import { reverseAllocation } from "./reverse"
import { toLedgerEntries } from "./to-ledger-entries"

const hh = (household_key: string, status: Contribution["status"], persons: number): Contribution => ({
  household_key,
  status,
  persons,
  grams: 1000,
  share_weight: 1,
})
const xingdong = [hh("XD-001", "registered_poor", 3), hh("XD-002", "monitored", 4), hh("XD-003", "member", 2)]
const daqiao = [hh("DQ-001", "registered_poor", 2)]

// O1: 昌盛小米 2.5 kg online on 10 March, half refunded on 20 March.
const o1 = {
  order_id: "O1",
  line_item_id: "L1",
  cooperative_id: "yuanda",
  division_code: "231223111204",
  channel: "online",
  category: "grain",
} as const
const o1Sale = allocateLine({
  net_fen: 3990,
  quantity_g: 2500,
  mechanism: { supply: { farmgate_fen_per_kg: 800 } },
  contributions: xingdong,
})
const o1Refund = reverseAllocation({ original: o1Sale, previous_reversals: [], refund_fen: 1995 })
// O2: linden honey by livestream at 01:00 on 1 April in Shanghai, which is still 31 March in UTC.
const o2 = {
  order_id: "O2",
  line_item_id: "L2",
  cooperative_id: "daqiao",
  division_code: "231085101207",
  channel: "livestream",
  category: "honey",
} as const
const o2Sale = allocateLine({
  net_fen: 6800,
  quantity_g: 500,
  mechanism: { dividend: { basis_points: 1000 } },
  contributions: daqiao,
})
// O3: jujubes in Liaoning, outside a Heilongjiang scope.
const o3 = {
  order_id: "O3",
  line_item_id: "L3",
  cooperative_id: "tubaoying",
  division_code: "211381103205",
  channel: "institutional",
  category: null,
} as const

const scenario: LedgerEntry[] = [
  ...toLedgerEntries(
    { ...o1, occurred_at: "2024-03-10T02:00:00Z", kind: "sale", quantity_g: 2500, households: xingdong },
    o1Sale,
  ),
  ...toLedgerEntries(
    { ...o1, occurred_at: "2024-03-20T10:00:00+08:00", kind: "refund", quantity_g: -1250, households: xingdong },
    o1Refund,
  ),
  ...toLedgerEntries(
    { ...o2, occurred_at: new Date("2024-03-31T17:00:00Z"), kind: "sale", quantity_g: 500, households: daqiao },
    o2Sale,
  ),
  ...toLedgerEntries(
    { ...o3, occurred_at: "2024-03-15T00:00:00Z", kind: "sale", quantity_g: 1000, households: [] },
    { entries: [], collective_fen: 0, cooperative_fen: 3000 },
  ),
]

/** One status's figures: households, persons, income and the two averages, as the report rounds them. */
const status = (households: number, persons: number, income: number, perHousehold: number, perPerson: number) => ({
  households_benefited: households,
  persons_benefited: persons,
  household_income_fen: income,
  avg_income_per_household_fen: perHousehold,
  avg_income_per_person_fen: perPerson,
})
const none = status(0, 0, 0, 0, 0)

const march = {
  orders: 1,
  sales_fen: 1995,
  refunds_fen: 1995,
  quantity_g: 1250,
  cooperatives: 1,
  // XD-001 667 − 334 and XD-002 667 − 333; XD-003 is an ordinary member
  households_benefited: 2,
  persons_benefited: 7,
  household_income_fen: 667,
  collective_income_fen: 0,
  avg_income_per_household_fen: 334, // 333.5 rounds half away from zero
  avg_income_per_person_fen: 95, // 95.29
  by_status: { registered_poor: status(1, 3, 333, 333, 111), monitored: status(1, 4, 334, 334, 84) }, // 83.5
}
const april = {
  orders: 1,
  sales_fen: 6800,
  refunds_fen: 0,
  quantity_g: 500,
  cooperatives: 1,
  households_benefited: 1,
  persons_benefited: 2,
  household_income_fen: 680,
  collective_income_fen: 0,
  avg_income_per_household_fen: 680,
  avg_income_per_person_fen: 340,
  by_status: { registered_poor: status(1, 2, 680, 680, 340), monitored: none },
}
const heilongjiangTotals = {
  orders: 2,
  sales_fen: 8795,
  refunds_fen: 1995,
  quantity_g: 1750,
  cooperatives: 2,
  households_benefited: 3,
  persons_benefited: 9,
  household_income_fen: 1347,
  collective_income_fen: 0,
  avg_income_per_household_fen: 449,
  avg_income_per_person_fen: 150, // 149.67
  // XD-001 333 + DQ-001 680 over 2 households (506.5) and 5 persons (202.6)
  by_status: { registered_poor: status(2, 5, 1013, 507, 203), monitored: status(1, 4, 334, 334, 84) },
}
const spring = { from: "2024-03-01", to: "2024-04-30", region: "23" }

describe("foldReport", () => {
  it("cuts months in Shanghai time and counts a refund in the month it happened", () => {
    const report = foldReport(scenario, { ...spring, group_by: "month" })
    expect(report.rows).toEqual([
      { key: "2024-03", ...march },
      { key: "2024-04", ...april },
    ])
    expect(report.totals).toEqual(heilongjiangTotals)
  })

  it("groups a province scope by city", () => {
    const report = foldReport(scenario, { ...spring, group_by: "region" })
    expect(report.rows).toEqual([
      { key: "2310", ...april },
      { key: "2312", ...march },
    ])
  })

  it("groups by channel, cooperative and category, with the null category last", () => {
    const nation = { from: "2024-03-01", to: "2024-04-30" }
    expect(foldReport(scenario, { ...nation, group_by: "channel" }).rows.map((r) => [r.key, r.sales_fen])).toEqual([
      ["institutional", 3000],
      ["livestream", 6800],
      ["online", 1995],
    ])
    expect(foldReport(scenario, { ...nation, group_by: "category" }).rows.map((r) => r.key)).toEqual([
      "grain",
      "honey",
      null,
    ])
    expect(foldReport(scenario, { ...nation, group_by: "cooperative" }).totals.cooperatives).toBe(3)
    expect(foldReport(scenario, { ...nation, group_by: "region" }).rows.map((r) => r.key)).toEqual(["21", "23"])
  })

  it("keeps the period inclusive of both days in Shanghai time", () => {
    const marchOnly = foldReport(scenario, { from: "2024-03-01", to: "2024-03-31", region: "23", group_by: "month" })
    expect(marchOnly.totals).toEqual(march)
    const april1 = foldReport(scenario, {
      from: "2024-04-01",
      to: "2024-04-01",
      region: "230000000000",
      group_by: "cooperative",
    })
    expect(april1.rows).toEqual([{ key: "daqiao", ...april }])
  })

  it("does not count an order, a cooperative or a household whose sale was fully refunded", () => {
    const rest = reverseAllocation({ original: o1Sale, previous_reversals: [o1Refund], refund_fen: 1995 })
    const refundedAll = [
      ...scenario,
      ...toLedgerEntries(
        { ...o1, occurred_at: "2024-03-25T10:00:00+08:00", kind: "cancel", quantity_g: -1250, households: xingdong },
        rest,
      ),
    ]
    const report = foldReport(refundedAll, {
      from: "2024-03-01",
      to: "2024-03-31",
      region: "2312",
      group_by: "channel",
    })
    expect(report.totals).toMatchObject({
      orders: 0,
      sales_fen: 0,
      refunds_fen: 3990,
      quantity_g: 0,
      cooperatives: 0,
      households_benefited: 0,
      household_income_fen: 0,
      collective_income_fen: 0,
      avg_income_per_household_fen: 0,
      avg_income_per_person_fen: 0,
    })
  })

  it("weighs a household by one size across the report, so totals never exceed the rows", () => {
    // XD-001 grew from 3 to 5 persons between two lines; the later line lands in another category and is refunded.
    const bigger = [hh("XD-001", "registered_poor", 5)]
    const o4 = { ...o1, order_id: "O4", line_item_id: "L4", category: "honey" } as const
    const o4Sale = allocateLine({
      net_fen: 1000,
      quantity_g: 500,
      mechanism: { supply: { farmgate_fen_per_kg: 800 } },
      contributions: bigger,
    })
    const o4Refund = reverseAllocation({ original: o4Sale, previous_reversals: [], refund_fen: 1000 })
    const ledger = [
      ...scenario,
      ...toLedgerEntries(
        { ...o4, occurred_at: "2024-03-21T10:00:00+08:00", kind: "sale", quantity_g: 500, households: bigger },
        o4Sale,
      ),
      ...toLedgerEntries(
        { ...o4, occurred_at: "2024-03-22T10:00:00+08:00", kind: "refund", quantity_g: -500, households: bigger },
        o4Refund,
      ),
    ]
    const report = foldReport(ledger, { from: "2024-03-01", to: "2024-03-31", region: "2312", group_by: "category" })
    expect(report.rows.map((r) => [r.key, r.households_benefited, r.persons_benefited])).toEqual([
      ["grain", 2, 9],
      ["honey", 0, 0],
    ])
    expect(report.totals.persons_benefited).toBe(9) // XD-001 at its latest size, 5, plus XD-002's 4
  })

  it("counts a household under its latest relief status for the whole report, its income included", () => {
    // XD-001 was 脱贫户 in March (O1) and is 监测户 by its April sale (O5); XD-003 became a 脱贫户 in April.
    const later = [hh("XD-001", "monitored", 3), hh("XD-003", "registered_poor", 2)]
    const o5 = { ...o1, order_id: "O5", line_item_id: "L5" } as const
    const o5Sale = allocateLine({
      net_fen: 2000,
      quantity_g: 1000,
      mechanism: { supply: { farmgate_fen_per_kg: 800 } },
      contributions: later,
    })
    const ledger = [
      ...scenario,
      ...toLedgerEntries(
        { ...o5, occurred_at: "2024-04-02T10:00:00+08:00", kind: "sale", quantity_g: 1000, households: later },
        o5Sale,
      ),
    ]
    const query = { from: "2024-03-01", to: "2024-04-30", region: "231223", group_by: "month" } as const
    const report = foldReport(ledger, query)
    // March: XD-001 333 and XD-002 334 (both 监测户 now); April: XD-001 400 (监测户), XD-003 400 (脱贫户).
    expect(report.rows.map((r) => [r.key, r.by_status])).toEqual([
      ["2024-03", { registered_poor: none, monitored: status(2, 7, 667, 334, 95) }],
      ["2024-04", { registered_poor: status(1, 2, 400, 400, 200), monitored: status(1, 3, 400, 400, 133) }],
    ])
    expect(report.totals.by_status).toEqual({
      registered_poor: status(1, 2, 400, 400, 200),
      monitored: status(2, 7, 1067, 534, 152), // 533.5 and 152.43
    })
    // March alone knows only XD-001's 脱贫户 entries.
    expect(foldReport(ledger, { ...query, to: "2024-03-31" }).totals.by_status.registered_poor).toEqual(
      status(1, 3, 333, 333, 111),
    )
  })

  it("keeps a household that became an ordinary member under its last relief status", () => {
    const member = [hh("XD-002", "member", 4)]
    const o6 = { ...o1, order_id: "O6", line_item_id: "L6" } as const
    const o6Sale = allocateLine({
      net_fen: 2000,
      quantity_g: 1000,
      mechanism: { supply: { farmgate_fen_per_kg: 800 } },
      contributions: member,
    })
    const ledger = [
      ...scenario,
      ...toLedgerEntries(
        { ...o6, occurred_at: "2024-03-25T10:00:00+08:00", kind: "sale", quantity_g: 1000, households: member },
        o6Sale,
      ),
    ]
    const totals = foldReport(ledger, {
      from: "2024-03-01",
      to: "2024-03-31",
      region: "2312",
      group_by: "month",
    }).totals
    // Its member-time 800 fen is no relief income; its 监测户 income from O1 still is.
    expect(totals.household_income_fen).toBe(667)
    expect(totals.by_status).toEqual(march.by_status)
  })

  it("settles two statuses written at the same instant the same way whatever their order, in both folds", () => {
    const poor = scenario[1] as LedgerEntry // XD-001, 脱贫户, in O1's sale
    const monitored: LedgerEntry = { ...poor, line_item_id: "L1b", household_status: "monitored", amount_fen: 50 }
    const query = { from: "2024-03-01", to: "2024-03-31", group_by: "category" } as const
    for (const ledger of [
      [poor, monitored],
      [monitored, poor],
    ]) {
      const columns = new LedgerColumns()
      ledger.forEach((entry) => columns.append(entry))
      const report = foldReport(ledger, query)
      expect(report.totals.by_status.registered_poor.household_income_fen).toBe(poor.amount_fen + 50)
      expect(report.totals.by_status.monitored).toEqual(none)
      expect(columns.fold(query)).toEqual(report)
    }
  })

  it("counts the village collective's share as collective income, in sales but never as a household's", () => {
    const beima = {
      order_id: "O9",
      line_item_id: "L9",
      cooperative_id: "beima",
      division_code: "371003106229",
      channel: "livestream" as const,
      category: "fungi",
    }
    const morels = [{ household_key: "BM-001", status: "registered_poor" as const, persons: 2 }]
    const sale = {
      entries: [{ household_key: "BM-001", kind: "supply" as const, amount_fen: 4000 }],
      collective_fen: 1760,
      cooperative_fen: 11_840,
    }
    const refund = {
      entries: [{ household_key: "BM-001", kind: "supply" as const, amount_fen: -1000 }],
      collective_fen: -440,
      cooperative_fen: -2960,
    }
    const entries = [
      ...toLedgerEntries(
        { ...beima, occurred_at: "2024-05-01T02:00:00Z", kind: "sale", quantity_g: 500, households: morels },
        sale,
      ),
      ...toLedgerEntries(
        { ...beima, occurred_at: "2024-05-02T02:00:00Z", kind: "refund", quantity_g: -125, households: morels },
        refund,
      ),
    ]
    expect(entries.filter((e) => e.party === "collective")).toEqual([
      expect.objectContaining({ party: "collective", amount_fen: 1760, quantity_g: 0, kind: "sale" }),
      expect.objectContaining({ party: "collective", amount_fen: -440, quantity_g: 0, kind: "refund" }),
    ])
    expect(entries.find((e) => e.party === "collective")).not.toHaveProperty("household_key")
    const query = { from: "2024-05-01", to: "2024-05-31", group_by: "channel" as const }
    const report = foldReport(entries, query)
    expect(report.totals).toMatchObject({
      sales_fen: 13_200,
      refunds_fen: 4400,
      quantity_g: 375,
      household_income_fen: 3000,
      collective_income_fen: 1320,
      households_benefited: 1,
    })
    expect(report.rows).toEqual([expect.objectContaining({ key: "livestream", collective_income_fen: 1320 })])
    const columns = new LedgerColumns()
    entries.forEach((e) => columns.append(e))
    expect(columns.fold(query)).toEqual(report)
    // a zero collective part writes no collective entry
    const plain = toLedgerEntries(
      { ...beima, occurred_at: "2024-05-01T02:00:00Z", kind: "sale", quantity_g: 500, households: morels },
      { ...sale, collective_fen: 0, cooperative_fen: 13_600 },
    )
    expect(plain.map((e) => e.party)).toEqual(["cooperative", "household"])
  })

  it("returns empty rows and zero totals when nothing is in scope", () => {
    const report = foldReport(scenario, { from: "2023-01-01", to: "2023-12-31", group_by: "month" })
    expect(report.rows).toEqual([])
    expect(report.totals.avg_income_per_person_fen).toBe(0)
    expect(report.totals.by_status).toEqual({ registered_poor: none, monitored: none })
  })

  it.each([
    [{ from: "2024-02-30", to: "2024-03-01" }, "from must be a date written YYYY-MM-DD"],
    [{ from: "2024-04-01", to: "2024-03-01" }, "must not be after"],
    [{ group_by: "province" as never }, "group_by must be one of"],
    [{ region: "231" }, "prefix of 2, 4, 6, 9 or 12 digits"],
  ])("rejects the query %j", (over, message) => {
    expect(() => foldReport(scenario, { ...spring, group_by: "month", ...over })).toThrowError(message)
  })

  const first = scenario[0] as LedgerEntry
  const household = scenario[1] as LedgerEntry
  it.each([
    [{ ...first, occurred_at: "2024-03-10T10:00:00" }, "occurred_at must be a Date or an ISO 8601 time"],
    [{ ...first, amount_fen: -1 }, "≥ 0 on a sale"],
    [{ ...first, kind: "refund" as const }, "≤ 0 on a refund or cancel"],
    [{ ...household, quantity_g: 10 }, "quantity_g belongs on the cooperative entry only"],
    [{ ...household, household_status: undefined }, "household_status is required"],
    [{ ...first, division_code: "2312" }, "division_code must be 12 digits"],
    [{ ...first, party: "village" as never }, "party must be cooperative, household or collective"],
    [{ ...first, party: "collective" as const }, "quantity_g belongs on the cooperative entry only"],
    [
      { ...household, party: "collective" as const, quantity_g: 0 },
      "household_key must be absent on a collective entry",
    ],
  ])("rejects a broken ledger entry (%#)", (entry, message) => {
    expect(() => foldReport([entry], { ...spring, group_by: "month" })).toThrowError(message)
  })
})
