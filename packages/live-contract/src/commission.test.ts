import { describe, expect, it } from "vitest"
import { commissionFen, commissionReversalFen, unitsAllowed } from "./commission"

describe("commission", () => {
  it("is rate × net sales, half up to the fen", () => {
    expect(commissionFen(8900, 500)).toBe(445)
    expect(commissionFen(8910, 500)).toBe(446) // 445.5 → 446
    expect(commissionFen(8909, 500)).toBe(445) // 445.45 → 445
    expect(commissionFen(0, 500)).toBe(0)
    expect(commissionFen(8900, 0)).toBe(0)
  })

  it("leaves exactly the commission on what remains after any refunds", () => {
    for (const [gross, refunds] of [
      [8900, [100, 2345, 6455]],
      [12345, [1]],
      [999, [333, 333, 333]],
    ] as const) {
      const rate = 750
      let earned = commissionFen(gross, rate)
      let net = gross
      for (const r of refunds) {
        net -= r
        earned += commissionReversalFen(earned, net, rate)
        expect(earned).toBe(commissionFen(net, rate))
      }
    }
    expect(commissionReversalFen(445, 0, 500)).toBe(-445)
  })

  it("refuses fractional money", () => {
    expect(() => commissionFen(1.5, 500)).toThrow(RangeError)
  })

  it("allows what both the cap and the shopper's limit leave", () => {
    expect(unitsAllowed({ cap: 100, sold: 99, limit: 2, boughtByShopper: 0 })).toBe(1)
    expect(unitsAllowed({ cap: 100, sold: 100, limit: 2, boughtByShopper: 0 })).toBe(0)
    expect(unitsAllowed({ cap: 100, sold: 10, limit: 2, boughtByShopper: 2 })).toBe(0)
    expect(unitsAllowed({ cap: 100, sold: 10, limit: 3, boughtByShopper: 1 })).toBe(2)
  })
})
