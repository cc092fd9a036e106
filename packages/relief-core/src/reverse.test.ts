import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { allocateLine } from "./allocate-line"
import type { LineAllocation } from "./line-allocation"
import { reverseAllocation } from "./reverse"
import { contributionsArb, mechanismArb, partitionArb } from "./test-arbitraries"

const original: LineAllocation = {
  entries: [
    { household_key: "XD-001", kind: "supply", amount_fen: 667 },
    { household_key: "XD-002", kind: "supply", amount_fen: 667 },
    { household_key: "XD-003", kind: "supply", amount_fen: 666 },
  ],
  collective_fen: 0,
  cooperative_fen: 1990,
}
const sumOf = (a: LineAllocation) =>
  a.cooperative_fen + a.collective_fen + a.entries.reduce((s, e) => s + e.amount_fen, 0)

/** Each party's current amount, keyed the way a ledger would group it. */
function state(allocations: readonly LineAllocation[]): Map<string, number> {
  const parts = new Map<string, number>()
  const add = (key: string, amount: number) => parts.set(key, (parts.get(key) ?? 0) + amount)
  for (const a of allocations) {
    add("cooperative", a.cooperative_fen)
    add("collective", a.collective_fen)
    for (const e of a.entries) add(`${e.kind}:${e.household_key}`, e.amount_fen)
  }
  return parts
}

describe("reverseAllocation", () => {
  it("reverses half a line in proportion, the odd fen first from the cooperative side of a tie", () => {
    const first = reverseAllocation({ original, previous_reversals: [], refund_fen: 1995 })
    // quotas: 995, 333.5, 333.5, 333 -> one unit left, tie between XD-001 and XD-002 goes to XD-001
    expect(first).toEqual({
      entries: [
        { household_key: "XD-001", kind: "supply", amount_fen: -334 },
        { household_key: "XD-002", kind: "supply", amount_fen: -333 },
        { household_key: "XD-003", kind: "supply", amount_fen: -333 },
      ],
      collective_fen: 0,
      cooperative_fen: -995,
    })
    const second = reverseAllocation({ original, previous_reversals: [first], refund_fen: 1995 })
    expect(second.entries.map((e) => e.amount_fen)).toEqual([-333, -334, -333])
    expect([...state([original, first, second]).values()]).toEqual([0, 0, 0, 0, 0])
  })

  it("never hands a party money back on a refund, where re-allocating the original would (Alabama paradox)", () => {
    // Re-splitting 33/27/18/9 to 73 then 72 moves household C from 7 up to 8; splitting what remains cannot.
    const alabama: LineAllocation = {
      entries: [
        { household_key: "A", kind: "dividend", amount_fen: 27 },
        { household_key: "B", kind: "dividend", amount_fen: 18 },
        { household_key: "C", kind: "dividend", amount_fen: 9 },
      ],
      collective_fen: 0,
      cooperative_fen: 33,
    }
    const first = reverseAllocation({ original: alabama, previous_reversals: [], refund_fen: 14 })
    const second = reverseAllocation({ original: alabama, previous_reversals: [first], refund_fen: 1 })
    for (const reversal of [first, second]) {
      expect(reversal.cooperative_fen).toBeLessThanOrEqual(0)
      expect(reversal.entries.every((e) => e.amount_fen < 0)).toBe(true)
    }
  })

  it("reverses the village collective's part in proportion, the odd fen from the cooperative before it", () => {
    const withCollective: LineAllocation = {
      entries: [{ household_key: "BM-001", kind: "supply", amount_fen: 4000 }],
      collective_fen: 1760,
      cooperative_fen: 11_840,
    }
    // a quarter back: 4,400 = 1,000 + 440 + 2,960, all exact
    const quarter = reverseAllocation({ original: withCollective, previous_reversals: [], refund_fen: 4400 })
    expect(quarter).toEqual({
      entries: [{ household_key: "BM-001", kind: "supply", amount_fen: -1000 }],
      collective_fen: -440,
      cooperative_fen: -2960,
    })
    // 1 fen: quotas 0.23, 0.1, 0.67: the cooperative's remainder is largest
    const fen = reverseAllocation({ original: withCollective, previous_reversals: [quarter], refund_fen: 1 })
    expect(fen).toEqual({ entries: [], collective_fen: 0, cooperative_fen: -1 })
    const rest = reverseAllocation({ original: withCollective, previous_reversals: [quarter, fen], refund_fen: 13_199 })
    expect(rest.collective_fen).toBe(-1320)
    expect([...state([withCollective, quarter, fen, rest]).values()]).toEqual([0, 0, 0])
    const tooMuch = { entries: [], collective_fen: -1761, cooperative_fen: 0 }
    expect(() =>
      reverseAllocation({ original: withCollective, previous_reversals: [tooMuch], refund_fen: 1 }),
    ).toThrowError("previous_reversals[0].collective_fen takes back more than the original gave")
  })

  it("reverses nothing for a zero refund and everything for a full one", () => {
    expect(reverseAllocation({ original, previous_reversals: [], refund_fen: 0 })).toEqual({
      entries: [],
      collective_fen: 0,
      cooperative_fen: 0,
    })
    const full = reverseAllocation({ original, previous_reversals: [], refund_fen: 3990 })
    expect(full.entries.map((e) => e.amount_fen)).toEqual([-667, -667, -666])
    expect(full.cooperative_fen).toBe(-1990)
  })

  it("refuses refunds beyond what remains and reversals that do not fit the original", () => {
    const first = reverseAllocation({ original, previous_reversals: [], refund_fen: 3000 })
    expect(() => reverseAllocation({ original, previous_reversals: [first], refund_fen: 991 })).toThrowError(
      "refund_fen must be a whole number from 0 to 990",
    )
    const stranger = {
      entries: [{ household_key: "X", kind: "supply" as const, amount_fen: -1 }],
      collective_fen: 0,
      cooperative_fen: 0,
    }
    expect(() => reverseAllocation({ original, previous_reversals: [stranger], refund_fen: 1 })).toThrowError(
      "reverses a part the original never had",
    )
    const tooMuch = { entries: [], collective_fen: 0, cooperative_fen: -1991 }
    expect(() => reverseAllocation({ original, previous_reversals: [tooMuch], refund_fen: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_reversal" }),
    )
    expect(() => reverseAllocation({ original, previous_reversals: [], refund_fen: -1 })).toThrowError(
      expect.objectContaining({ code: "invalid_reversal" }),
    )
  })

  const scenarioArb = fc
    .record({
      net_fen: fc.nat({ max: 1_000_000 }),
      quantity_g: fc.nat({ max: 50_000 }),
      mechanism: mechanismArb,
      contributions: contributionsArb,
    })
    .chain((input) => fc.tuple(fc.constant(allocateLine(input)), partitionArb(input.net_fen)))

  it("brings every party back to exactly zero once partial refunds add up to the net", () => {
    fc.assert(
      fc.property(scenarioArb, ([allocation, refunds]) => {
        const reversals: LineAllocation[] = []
        for (const refund_fen of refunds) {
          const reversal = reverseAllocation({ original: allocation, previous_reversals: reversals, refund_fen })
          expect(sumOf(reversal)).toBe(-refund_fen)
          expect(reversal.cooperative_fen).toBeLessThanOrEqual(0)
          expect(reversal.collective_fen).toBeLessThanOrEqual(0)
          expect(reversal.entries.every((e) => e.amount_fen < 0)).toBe(true)
          reversals.push(reversal)
          expect([...state([allocation, ...reversals]).values()].every((amount) => amount >= 0)).toBe(true)
        }
        expect([...state([allocation, ...reversals]).values()].every((amount) => amount === 0)).toBe(true)
      }),
    )
  })
})
