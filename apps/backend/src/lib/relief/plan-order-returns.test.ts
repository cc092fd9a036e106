import type { Contribution } from "@fengshou/relief-core"
import type { OrderFacts, RefundFacts } from "./order-facts"
import { planOrderEntries, type WrittenEntry } from "./plan-order-entries"

// A mixed order: 3 × millet 2.5 kg (relief, 3990 fen each) and one tin of tea with no cooperative (5000 fen).
const hh = (household_key: string, grams: number): Contribution => ({
  household_key,
  status: "registered_poor",
  persons: 3,
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
  net_fen: 11970,
  quantity: 3,
  quantity_g: 7500,
  mechanism: { supply: { farmgate_fen_per_kg: 800 }, dividend: { basis_points: 500 } },
  contributions: [hh("hh_1", 600), hh("hh_2", 400)],
}
const placed: OrderFacts = {
  order_id: "order_1",
  placed_at: new Date("2026-03-10T02:00:00Z"),
  canceled_at: null,
  channel: "online",
  live_session_id: null,
  host_id: null,
  lines: [millet],
  other_lines: [{ line_item_id: "li_tea", net_fen: 5000, quantity: 1 }],
  refunds: [],
}
const day = (d: number) => new Date(`2026-03-${String(d).padStart(2, "0")}T02:00:00Z`)
const refund = (id: string, amount_fen: number, d: number, ret: RefundFacts["return"] = null): RefundFacts => ({
  id,
  amount_fen,
  created_at: day(d),
  return: ret,
})
const oneMillet = { id: "return_1", items: [{ line_item_id: "li_millet", quantity: 1 }] }
const sum = (entries: readonly { amount_fen: number }[]) => entries.reduce((s, e) => s + e.amount_fen, 0)
const grams = (entries: readonly { quantity_g: number }[]) => entries.reduce((s, e) => s + e.quantity_g, 0)
/** Entries that move money or grams; a reversal that takes nothing leaves one zero entry so it counts as written. */
const moving = (entries: readonly WrittenEntry[]) => entries.filter((e) => e.amount_fen !== 0 || e.quantity_g !== 0)
/** Plans, as the sync workflow would, after each state of the order, and returns everything written. */
function replay(...states: OrderFacts[]): WrittenEntry[] {
  const written: WrittenEntry[] = []
  for (const facts of states) written.push(...planOrderEntries(facts, written))
  return written
}

describe("planOrderEntries with returns and mixed orders", () => {
  it("reverses a returned unit's value and grams on its line only, once", () => {
    const returned = { ...placed, refunds: [refund("ref_1", 3990, 12, oneMillet)] }
    const written = replay(placed, returned)
    const back = written.filter((e) => e.kind === "refund")
    expect(sum(back)).toBe(-3990)
    expect(grams(back)).toBe(-2500)
    expect(new Set(back.map((e) => e.line_item_id))).toEqual(new Set(["li_millet"]))
    expect(back.filter((e) => e.party === "household").every((e) => e.amount_fen <= 0)).toBe(true)
    expect(planOrderEntries(returned, written)).toEqual([])
  })

  it("shares a refund not tied to a return with the non-relief line, with no grams", () => {
    // 1697 of 16970 merchandise: a tenth of each line, so 1197 is the millet's and 500 the tea's.
    const refunded = { ...placed, refunds: [refund("ref_1", 1697, 12)] }
    const back = replay(placed, refunded).filter((e) => e.kind === "refund")
    expect(sum(back)).toBe(-1197)
    expect(grams(back)).toBe(0)
  })

  it("reverses the grams with a return's first refund, and a second refund only up to the units' value", () => {
    const part = { ...placed, refunds: [refund("ref_1", 2000, 12, oneMillet)] }
    const rest = { ...placed, refunds: [...part.refunds, refund("ref_2", 2500, 13, oneMillet)] }
    const written = replay(placed, part, rest)
    const first = written.filter((e) => e.source_event_id === "refund:ref_1")
    const second = written.filter((e) => e.source_event_id === "refund:ref_2")
    expect([sum(first), grams(first)]).toEqual([-2000, -2500])
    expect([sum(second), grams(second)]).toEqual([-1990, 0])
  })

  it("takes nothing from the ledger for the refund of a returned non-relief line, and marks it written", () => {
    const tea = { id: "return_2", items: [{ line_item_id: "li_tea", quantity: 1 }] }
    const refunded = { ...placed, refunds: [refund("ref_1", 5000, 12, tea)] }
    const written = replay(placed, refunded)
    const back = written.filter((e) => e.kind !== "sale")
    expect(moving(back)).toEqual([])
    expect(back.map((e) => [e.source_event_id, e.party])).toEqual([["refund:ref_1", "cooperative"]])
    expect(planOrderEntries(refunded, written)).toEqual([])
  })

  it("returns every unit over several returns to exactly the line's net and grams, and no further", () => {
    const m = (id: string, quantity: number) => ({ id, items: [{ line_item_id: "li_millet", quantity }] })
    const line = { ...millet, net_fen: 10000, quantity_g: 1000 } // 3333.33… fen and 333.33… g a unit
    const facts = (refunds: RefundFacts[]) => ({ ...placed, lines: [line], refunds })
    const r1 = refund("ref_1", 3333, 12, m("return_1", 1))
    const r2 = refund("ref_2", 6700, 13, m("return_2", 2))
    const r3 = refund("ref_3", 500, 14, m("return_3", 1)) // one unit more than was sold
    const written = replay(facts([]), facts([r1]), facts([r1, r2]), facts([r1, r2, r3]))
    const of = (id: string) => written.filter((e) => e.source_event_id === `refund:${id}`)
    expect([sum(of("ref_1")), grams(of("ref_1"))]).toEqual([-3333, -333])
    expect([sum(of("ref_2")), grams(of("ref_2"))]).toEqual([-6667, -667])
    expect(moving(of("ref_3"))).toEqual([])
  })

  it("cancels to zero with Medusa's own refund on cancel, whichever event is written first", () => {
    const canceled = {
      ...placed,
      canceled_at: day(12),
      refunds: [refund("ref_cancel", 16970 + 1000, 12)], // shipping too, made just before canceled_at
    }
    canceled.refunds[0] = { ...canceled.refunds[0]!, created_at: new Date(day(12).getTime() - 1000) }
    for (const written of [
      replay(placed, canceled),
      replay(placed, { ...canceled, refunds: [] }, canceled), // the cancel written before the refund
    ]) {
      expect(sum(written)).toBe(0)
      expect(grams(written)).toBe(0)
      for (const key of ["hh_1", "hh_2"]) expect(sum(written.filter((e) => e.household_key === key))).toBe(0)
    }
    const late = replay(placed, { ...canceled, refunds: [] }, canceled)
    expect(moving(late.filter((e) => e.kind === "refund"))).toEqual([])
  })

  it("cancels what a return left: the rest of the amount and grams", () => {
    const returned = { ...placed, refunds: [refund("ref_1", 3990, 12, oneMillet)] }
    const written = replay(placed, returned, { ...returned, canceled_at: day(13) })
    const cancel = written.filter((e) => e.kind === "cancel")
    expect([sum(cancel), grams(cancel)]).toEqual([-7980, -5000])
  })
})
