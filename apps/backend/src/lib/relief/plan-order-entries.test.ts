import { foldReport, type Contribution } from "@fengshou/relief-core"
import type { OrderFacts } from "./order-facts"
import { orderChannel } from "./order-facts"
import { planOrderEntries, type WrittenEntry } from "./plan-order-entries"

const hh = (household_key: string, status: Contribution["status"], persons: number, grams: number): Contribution => ({
  household_key,
  status,
  persons,
  grams,
  share_weight: 1,
})
const millet = {
  line_item_id: "li_millet",
  product_id: "prod_millet",
  variant_id: "var_millet",
  cooperative_id: "coop_yuanda",
  division_code: "231223111204",
  category: "grain-oil",
  net_fen: 7980,
  quantity: 2,
  quantity_g: 5000,
  mechanism: { supply: { farmgate_fen_per_kg: 800 } },
  contributions: [hh("hh_1", "registered_poor", 3, 600), hh("hh_2", "monitored", 4, 400)],
}
const honey = {
  line_item_id: "li_honey",
  product_id: "prod_honey",
  variant_id: "var_honey",
  cooperative_id: "coop_daqiao",
  division_code: "231085101207",
  category: "honey",
  net_fen: 6800,
  quantity: 1,
  quantity_g: 500,
  mechanism: { dividend: { basis_points: 1000 } },
  contributions: [hh("hh_3", "registered_poor", 2, 100)],
}
const placed: OrderFacts = {
  order_id: "order_1",
  placed_at: new Date("2026-03-10T02:00:00Z"),
  canceled_at: null,
  channel: "online",
  live_session_id: null,
  host_id: null,
  lines: [millet, honey],
  other_lines: [],
  refunds: [],
}
const written = (entries: ReturnType<typeof planOrderEntries>): WrittenEntry[] => entries
const sum = (entries: readonly { amount_fen: number }[]) => entries.reduce((s, e) => s + e.amount_fen, 0)
const year = { from: "2026-01-01", to: "2026-12-31", group_by: "cooperative" } as const

describe("planOrderEntries", () => {
  it("writes each line's sale once: supply value to households by grams, the rest to the cooperative", () => {
    const sale = planOrderEntries(placed, [])
    expect(sum(sale)).toBe(7980 + 6800)
    const milletHouseholds = sale.filter((e) => e.line_item_id === "li_millet" && e.party === "household")
    expect(milletHouseholds.map((e) => [e.household_key, e.amount_fen])).toEqual([
      ["hh_1", 2400],
      ["hh_2", 1600],
    ])
    expect(sale.filter((e) => e.party === "cooperative").map((e) => e.quantity_g)).toEqual([5000, 500])
    expect(new Set(sale.map((e) => e.source_event_id))).toEqual(new Set(["order.placed:order_1"]))
    expect(planOrderEntries(placed, written(sale))).toEqual([])
  })

  it("spreads a refund over the lines by what each still holds and never counts it twice", () => {
    const sale = planOrderEntries(placed, [])
    const refunded = {
      ...placed,
      refunds: [{ id: "ref_1", amount_fen: 1478, created_at: new Date("2026-03-12T02:00:00Z"), return: null }],
    }
    const refund = planOrderEntries(refunded, written(sale))
    expect(sum(refund)).toBe(-1478)
    expect(sum(refund.filter((e) => e.line_item_id === "li_millet"))).toBe(-798) // 1478 × 7980 / 14780
    expect(refund.every((e) => e.amount_fen <= 0 && e.kind === "refund")).toBe(true)
    expect(planOrderEntries(refunded, written([...sale, ...refund]))).toEqual([])
  })

  it("takes back everything that remains on cancel, returning every household to zero", () => {
    const sale = planOrderEntries(placed, [])
    const refunded = {
      ...placed,
      refunds: [{ id: "ref_1", amount_fen: 1000, created_at: new Date("2026-03-12T02:00:00Z"), return: null }],
    }
    const refund = planOrderEntries(refunded, written(sale))
    const canceled = { ...refunded, canceled_at: new Date("2026-03-13T02:00:00Z") }
    const cancel = planOrderEntries(canceled, written([...sale, ...refund]))
    const all = [...sale, ...refund, ...cancel]
    expect(sum(all)).toBe(0)
    const report = foldReport(all, year)
    expect(report.totals).toMatchObject({
      orders: 0,
      sales_fen: 0,
      quantity_g: 0,
      households_benefited: 0,
      household_income_fen: 0,
    })
    for (const key of ["hh_1", "hh_2", "hh_3"]) expect(sum(all.filter((e) => e.household_key === key))).toBe(0)
  })

  it("counts a refund that includes shipping only up to the merchandise left", () => {
    const withShipping = {
      ...placed,
      refunds: [
        { id: "ref_all", amount_fen: 14780 + 1200, created_at: new Date("2026-03-12T02:00:00Z"), return: null },
      ],
    }
    const entries = planOrderEntries(withShipping, [])
    expect(sum(entries)).toBe(0)
    expect(foldReport(entries, year).totals.refunds_fen).toBe(14780)
  })

  it("counts a refund and a cancel where their sale was, whatever changed in the facts since", () => {
    const sale = planOrderEntries(placed, [])
    const later = {
      ...placed,
      channel: "institutional" as const,
      live_session_id: "ls_9",
      host_id: "host_9",
      lines: [{ ...millet, cooperative_id: "coop_moved", division_code: "371003106229", category: "honey" }, honey],
      refunds: [{ id: "ref_1", amount_fen: 1478, created_at: new Date("2026-03-12T02:00:00Z"), return: null }],
    }
    const refund = planOrderEntries(later, written(sale))
    const cancel = planOrderEntries(
      { ...later, canceled_at: new Date("2026-03-13T02:00:00Z") },
      written([...sale, ...refund]),
    )
    const dims = (e: (typeof sale)[number]) =>
      [
        e.line_item_id,
        e.channel,
        e.cooperative_id,
        e.division_code,
        e.category,
        e.live_session_id,
        e.host_id,
        e.product_id,
        e.variant_id,
      ].join("|")
    const saleDims = new Set(sale.map(dims))
    expect(refund.length).toBeGreaterThan(0)
    expect(cancel.length).toBeGreaterThan(0)
    for (const e of [...refund, ...cancel]) expect(saleDims.has(dims(e)), dims(e)).toBe(true)
    const byChannel = foldReport([...sale, ...refund], { ...year, group_by: "channel" })
    expect(byChannel.rows.map((r) => [r.key, r.sales_fen])).toEqual([["online", 14780 - 1478]])
    // A sale still missing is planned from today's facts, and its reversals in the same pass follow it.
    const both = planOrderEntries(later, [])
    expect(new Set(both.map((e) => e.channel))).toEqual(new Set(["institutional"]))
  })

  it("gives the village collective its share on the sale and takes it back in proportion on a refund", () => {
    // honey 6,800: dividend 10% = 680 to hh_3, collective 10% = 680, cooperative 5,440
    const withCollective = {
      ...placed,
      lines: [{ ...honey, mechanism: { dividend: { basis_points: 1000 }, collective: { basis_points: 1000 } } }],
    }
    const sale = planOrderEntries(withCollective, [])
    expect(
      sale.map((e) => [e.party, e.household_key ?? null, e.benefit_kind ?? null, e.amount_fen, e.quantity_g]),
    ).toEqual([
      ["cooperative", null, null, 5440, 500],
      ["collective", null, null, 680, 0],
      ["household", "hh_3", "dividend", 680, 0],
    ])
    // a quarter back, read from what was written: 1,700 = 1,360 + 170 + 170
    const refunded = {
      ...withCollective,
      refunds: [{ id: "ref_1", amount_fen: 1700, created_at: new Date("2026-03-12T02:00:00Z"), return: null }],
    }
    const refund = planOrderEntries(refunded, written(sale))
    expect(refund.filter((e) => e.party === "collective").map((e) => e.amount_fen)).toEqual([-170])
    expect(sum(refund)).toBe(-1700)
    expect(planOrderEntries(refunded, written([...sale, ...refund]))).toEqual([])
    const canceled = { ...refunded, canceled_at: new Date("2026-03-13T02:00:00Z") }
    const cancel = planOrderEntries(canceled, written([...sale, ...refund]))
    expect(cancel.filter((e) => e.party === "collective").map((e) => e.amount_fen)).toEqual([-510])
    const all = [...sale, ...refund, ...cancel]
    expect(foldReport([...sale, ...refund], year).totals.collective_income_fen).toBe(510)
    expect(foldReport(all, year).totals.collective_income_fen).toBe(0)
  })

  it("puts a line with no contributing households wholly with its cooperative", () => {
    const noLot = { ...placed, lines: [{ ...honey, contributions: [], mechanism: {} }] }
    expect(planOrderEntries(noLot, []).map((e) => [e.party, e.amount_fen])).toEqual([["cooperative", 6800]])
  })
})

describe("orderChannel", () => {
  it("is livestream with a live session, institutional for the institution group, online otherwise", () => {
    expect(orderChannel({ live_session_id: "ls_1" }, ["institution"])).toBe("livestream")
    expect(orderChannel({}, ["vip", "institution"])).toBe("institutional")
    expect(orderChannel(null, [])).toBe("online")
  })
})
