import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { allocateLargestRemainder, type Part, type Weight } from "./largest-remainder"
import { shuffled } from "./test-arbitraries"

const asRecord = (parts: readonly Part[]) => Object.fromEntries(parts.map((p) => [p.key, p.amount]))
const sum = (parts: readonly Part[]) => parts.reduce((s, p) => s + p.amount, 0)

const weightsArb = fc
  .uniqueArray(fc.record({ key: fc.string({ maxLength: 4 }), weight: fc.nat({ max: 1_000_000 }) }), {
    selector: (w) => w.key,
    minLength: 1,
    maxLength: 10,
  })
  .filter((ws) => ws.some((w) => w.weight > 0))
const totalArb = fc.integer({ min: -10_000_000, max: 10_000_000 })

describe("allocateLargestRemainder", () => {
  const thirds: Weight[] = [
    { key: "XD-002", weight: 1000 },
    { key: "XD-003", weight: 1000 },
    { key: "XD-001", weight: 1000 },
  ]

  it("gives the odd fen of a three-way tie to the keys that sort first", () => {
    expect(asRecord(allocateLargestRemainder(2000, thirds))).toEqual({ "XD-001": 667, "XD-002": 667, "XD-003": 666 })
  })

  it("returns parts in input order", () => {
    expect(allocateLargestRemainder(2000, thirds).map((p) => p.key)).toEqual(["XD-002", "XD-003", "XD-001"])
  })

  it("prefers the larger remainder over the key", () => {
    // quotas 3.5, 2.75, 3.75 -> floors 3+2+3, two units left for the .75s
    const parts = allocateLargestRemainder(10, [
      { key: "a", weight: 14 },
      { key: "b", weight: 11 },
      { key: "c", weight: 15 },
    ])
    expect(asRecord(parts)).toEqual({ a: 3, b: 3, c: 4 })
  })

  it("mirrors a negative total", () => {
    expect(asRecord(allocateLargestRemainder(-2000, thirds))).toEqual({
      "XD-001": -667,
      "XD-002": -667,
      "XD-003": -666,
    })
  })

  it("lets zero weights split nothing, and refuses to split something over them", () => {
    const zeros = [
      { key: "a", weight: 0 },
      { key: "b", weight: 0 },
    ]
    expect(allocateLargestRemainder(0, zeros)).toEqual([
      { key: "a", amount: 0 },
      { key: "b", amount: 0 },
    ])
    expect(() => allocateLargestRemainder(5, zeros)).toThrowError("cannot split 5 across 2 weight(s) that sum to zero")
    expect(() => allocateLargestRemainder(5, [])).toThrowError(expect.objectContaining({ code: "invalid_weights" }))
  })

  it("rejects duplicate keys, bad weights and a fractional total", () => {
    expect(() =>
      allocateLargestRemainder(1, [
        { key: "a", weight: 1 },
        { key: "a", weight: 2 },
      ]),
    ).toThrowError('key "a" appears more than once')
    expect(() => allocateLargestRemainder(1, [{ key: "a", weight: -1 }])).toThrowError("non-negative whole number")
    expect(() => allocateLargestRemainder(1, [{ key: "a", weight: 0.5 }])).toThrowError("non-negative whole number")
    expect(() => allocateLargestRemainder(1.5, [{ key: "a", weight: 1 }])).toThrowError("total must be a whole number")
  })

  it("stays exact when total × weight is far beyond 2^53", () => {
    const total = Number.MAX_SAFE_INTEGER
    const parts = allocateLargestRemainder(total, [
      { key: "a", weight: 10n ** 30n },
      { key: "b", weight: 2n * 10n ** 30n },
    ])
    expect(asRecord(parts)).toEqual({ a: 3002399751580330, b: 6004799503160661 })
    expect(sum(parts)).toBe(total)
  })

  it("always sums to the total, each part within one unit of its exact quota", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const parts = allocateLargestRemainder(total, weights)
        expect(sum(parts)).toBe(total)
        const sumOfWeights = BigInt(weights.reduce((s, w) => s + w.weight, 0))
        parts.forEach((part, i) => {
          // |amount| × W − |total| × w lies in (−W, W): the part is the floor or the ceiling of its quota
          const gap =
            BigInt(Math.abs(part.amount)) * sumOfWeights - BigInt(Math.abs(total)) * BigInt(weights[i]?.weight ?? 0)
          expect(gap > -sumOfWeights && gap < sumOfWeights).toBe(true)
          if (weights[i]?.weight === 0) expect(part.amount).toBe(0)
        })
      }),
    )
  })

  it("does not depend on the order of the weights", () => {
    fc.assert(
      fc.property(
        totalArb,
        weightsArb.chain((ws) => fc.tuple(fc.constant(ws), shuffled(ws))),
        (total, [weights, reordered]) => {
          expect(asRecord(allocateLargestRemainder(total, reordered))).toEqual(
            asRecord(allocateLargestRemainder(total, weights)),
          )
        },
      ),
    )
  })

  it("splits −total as the negation of total", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const negated = allocateLargestRemainder(-total, weights).map((p) => p.amount)
        expect(negated).toEqual(allocateLargestRemainder(total, weights).map((p) => (p.amount === 0 ? 0 : -p.amount)))
      }),
    )
  })
})
