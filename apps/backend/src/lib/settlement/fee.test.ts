import fc from "fast-check"
import { eventFees, feeOf } from "./fee"

describe("feeOf", () => {
  it("rounds half up", () => {
    expect(feeOf(10_000, 500)).toBe(500)
    expect(feeOf(10, 500)).toBe(1) // 0.5 → 1
    expect(feeOf(9, 500)).toBe(0) // 0.45 → 0
    expect(feeOf(12_345, 250)).toBe(309) // 308.625
    expect(feeOf(0, 500)).toBe(0)
    expect(feeOf(-10, 500)).toBe(-1)
  })
})

const bps = fc.integer({ min: 0, max: 10_000 })
// A line's events: its sale, then reversals that never take back more than is left.
const events = fc
  .tuple(fc.integer({ min: 1, max: 5_000_000 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }))
  .map(([sale, parts]) => {
    let left = sale
    const out = [sale]
    for (const p of parts) {
      const back = Math.floor(left * p)
      left -= back
      out.push(-back)
    }
    return out
  })

describe("eventFees", () => {
  it("a line's fees sum to the fee of its net, after every event", () => {
    fc.assert(
      fc.property(events, bps, (amounts, rate) => {
        const fees = eventFees(amounts, rate)
        for (let i = 1; i <= amounts.length; i++) {
          const net = amounts.slice(0, i).reduce((s, a) => s + a, 0)
          expect(fees.slice(0, i).reduce((s, f) => s + f, 0)).toBe(feeOf(net, rate))
        }
      }),
    )
  })

  it("a refund's fee is never positive and never gives back more than was taken", () => {
    fc.assert(
      fc.property(events, bps, (amounts, rate) => {
        const fees = eventFees(amounts, rate)
        fees.slice(1).forEach((f) => expect(f).toBeLessThanOrEqual(0))
        expect(fees.reduce((s, f) => s + f, 0)).toBeGreaterThanOrEqual(0)
      }),
    )
  })
})
