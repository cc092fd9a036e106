import fc from "fast-check"
import type { LineFacts, OrderFacts, RefundFacts } from "./order-facts"
import { planOrderEntries, type WrittenEntry } from "./plan-order-entries"

// Any order, any sequence of returns, refunds and a cancel, delivered in any order: the ledger never takes back
// more than a line sold, never goes below zero grams, cancels to zero, and (delivered in time order) sums to what
// planning the final order from nothing gives, which is what reconciliation compares against.
type Event =
  | { kind: "return"; line: number; units: number; amounts: number[] }
  | { kind: "refund"; amount: number }
  | { kind: "cancel" }

const reliefLineArb = fc.record({
  quantity: fc.integer({ min: 1, max: 4 }),
  unit_fen: fc.integer({ min: 1, max: 20_000 }),
  discount_bps: fc.integer({ min: 0, max: 5000 }),
  weight: fc.integer({ min: 0, max: 5000 }),
  supply: fc.integer({ min: 0, max: 5000 }),
  collective_bps: fc.integer({ min: 0, max: 3000 }),
})
const otherLineArb = fc.record({ quantity: fc.integer({ min: 1, max: 3 }), net_fen: fc.nat({ max: 20_000 }) })
const eventArb: fc.Arbitrary<Event> = fc.oneof(
  fc.record({
    kind: fc.constant("return" as const),
    line: fc.nat({ max: 4 }),
    units: fc.integer({ min: 1, max: 4 }),
    amounts: fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 1, maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant("refund" as const), amount: fc.integer({ min: 1, max: 60_000 }) }),
)
const scenarioArb = fc.record({
  relief: fc.array(reliefLineArb, { minLength: 1, maxLength: 3 }),
  others: fc.array(otherLineArb, { maxLength: 2 }),
  events: fc.array(eventArb, { maxLength: 6 }),
  cancel: fc.boolean(),
  arrival: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
})

const day0 = Date.parse("2026-03-10T02:00:00Z")
const at = (i: number) => new Date(day0 + (i + 1) * 3_600_000)

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never

function build(s: Scenario) {
  const lines: LineFacts[] = s.relief.map((l, i) => ({
    line_item_id: `li_r${i}`,
    product_id: `prod_${i}`,
    variant_id: `var_${i}`,
    cooperative_id: `coop_${i % 2}`,
    division_code: "231223111204",
    category: null,
    net_fen: l.unit_fen * l.quantity - Math.floor((l.unit_fen * l.quantity * l.discount_bps) / 10_000),
    quantity: l.quantity,
    quantity_g: l.weight * l.quantity,
    mechanism: {
      supply: { farmgate_fen_per_kg: l.supply },
      dividend: { basis_points: 1000 },
      collective: { basis_points: l.collective_bps },
    },
    contributions: [
      { household_key: "hh_1", status: "registered_poor", persons: 3, grams: 3, share_weight: 1 },
      { household_key: "hh_2", status: "monitored", persons: 2, grams: 1, share_weight: 2 },
    ],
  }))
  const other_lines = s.others.map((o, i) => ({ line_item_id: `li_o${i}`, ...o }))
  const all = [...lines, ...other_lines]
  const backUnits = new Map<string, number>()
  const refunds: RefundFacts[] = []
  let n = 0
  for (const e of s.events) {
    if (e.kind === "refund") {
      refunds.push({ id: `ref_${n}`, amount_fen: e.amount, created_at: at(n++), return: null })
      continue
    }
    if (e.kind !== "return") continue
    const line = all[e.line % all.length]!
    const units = Math.min(e.units, line.quantity - (backUnits.get(line.line_item_id) ?? 0))
    if (units <= 0) continue
    backUnits.set(line.line_item_id, (backUnits.get(line.line_item_id) ?? 0) + units)
    const ret = { id: `return_${n}`, items: [{ line_item_id: line.line_item_id, quantity: units }] }
    for (const amount of e.amounts)
      refunds.push({ id: `ref_${n}`, amount_fen: amount, created_at: at(n++), return: ret })
  }
  const canceled_at = s.cancel ? at(n++) : null
  const facts: OrderFacts = {
    order_id: "order_p",
    placed_at: new Date(day0),
    canceled_at,
    channel: "online",
    live_session_id: null,
    host_id: null,
    lines,
    other_lines,
    refunds,
  }
  return { facts, lines, backUnits }
}

/** The states of the order as its events arrive in `order` (indices of refunds; the cancel is index refunds.length). */
function arrivals(facts: OrderFacts, order: number[]): OrderFacts[] {
  const seen = new Set<number>()
  return order.map((i) => {
    seen.add(i)
    return {
      ...facts,
      refunds: facts.refunds.filter((_, j) => seen.has(j)),
      canceled_at: seen.has(facts.refunds.length) ? facts.canceled_at : null,
    }
  })
}

const sum = (entries: readonly { amount_fen: number }[]) => entries.reduce((s, e) => s + e.amount_fen, 0)
const grams = (entries: readonly { quantity_g: number }[]) => entries.reduce((s, e) => s + e.quantity_g, 0)

describe("planOrderEntries over any returns, refunds and cancel", () => {
  it("never reverses more than a line sold, nor grams below zero; cancels to zero; reconciles", () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (s, inTimeOrder) => {
        const { facts, lines, backUnits } = build(s)
        const count = facts.refunds.length + (facts.canceled_at ? 1 : 0)
        const order = [...Array(count).keys()]
        if (!inTimeOrder) order.sort((a, b) => (s.arrival[a] ?? 0) - (s.arrival[b] ?? 0) || a - b)
        const written: WrittenEntry[] = planOrderEntries({ ...facts, refunds: [], canceled_at: null }, [])
        for (const state of arrivals(facts, order)) {
          const planned = planOrderEntries(state, written)
          expect(planned.filter((e) => e.kind !== "sale").every((e) => e.amount_fen <= 0 && e.quantity_g <= 0)).toBe(
            true,
          )
          written.push(...planned)
          expect(planOrderEntries(state, written)).toEqual([])
          for (const line of lines) {
            const mine = written.filter((e) => e.line_item_id === line.line_item_id)
            expect(sum(mine)).toBeGreaterThanOrEqual(0)
            expect(sum(mine)).toBeLessThanOrEqual(line.net_fen)
            expect(grams(mine)).toBeGreaterThanOrEqual(0)
            expect(grams(mine)).toBeLessThanOrEqual(line.quantity_g)
            for (const key of ["hh_1", "hh_2"])
              expect(sum(mine.filter((e) => e.household_key === key))).toBeGreaterThanOrEqual(0)
            expect(sum(mine.filter((e) => e.party === "collective"))).toBeGreaterThanOrEqual(0)
          }
        }
        for (const line of lines) {
          const mine = written.filter((e) => e.line_item_id === line.line_item_id)
          const back = backUnits.get(line.line_item_id) ?? 0
          const expected_g = facts.canceled_at ? 0 : line.quantity_g - (line.quantity_g / line.quantity) * back
          expect(grams(mine)).toBe(expected_g)
          if (facts.canceled_at) expect(sum(mine)).toBe(0)
          if (facts.canceled_at) expect(sum(mine.filter((e) => e.party === "collective"))).toBe(0)
        }
        if (inTimeOrder) expect(sum(written)).toBe(sum(planOrderEntries(facts, [])))
      }),
      { numRuns: 300 },
    )
  })
})
