import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { floorOf, planReprice } from "./reprice"

describe("planReprice", () => {
  it("keeps the live price whatever the shelf does above it, and follows the shelf below it down to the floor", () => {
    // ¥80 live while the shelf was ¥89, then the shelf moves.
    expect(planReprice({ live_price_fen: 8000, shelf_fen: 12000, floor_fen: null })).toMatchObject({
      discount_fen: 4000,
      pays_fen: 8000,
      paused_reason: null,
    })
    expect(planReprice({ live_price_fen: 8000, shelf_fen: 100, floor_fen: 100 })).toMatchObject({
      discount_fen: 0,
      pays_fen: 100,
      paused_reason: null,
    })
    expect(planReprice({ live_price_fen: 8000, shelf_fen: 100, floor_fen: 5000 }).paused_reason).toMatch(
      /lowered the shelf price to ¥1\.00, below its live floor ¥50\.00/,
    )
    // No floor set: never ¥0; a ¥0 floor set by the cooperative allows it.
    expect(planReprice({ live_price_fen: 8000, shelf_fen: 0, floor_fen: null }).paused_reason).not.toBeNull()
    expect(planReprice({ live_price_fen: 8000, shelf_fen: 0, floor_fen: 0 }).paused_reason).toBeNull()
  })

  it("never charges more than the live price, never below the floor unless paused, and the discount reconciles", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.option(fc.integer({ min: 0, max: 1_000_000 })),
        (live, shelf, floor) => {
          const plan = planReprice({ live_price_fen: live, shelf_fen: shelf, floor_fen: floor })
          expect(plan.pays_fen).toBeLessThanOrEqual(live)
          expect(plan.pays_fen).toBeLessThanOrEqual(shelf)
          expect(plan.base_price_fen - plan.discount_fen).toBe(plan.pays_fen)
          if (!plan.paused_reason && plan.pays_fen < live) expect(plan.pays_fen).toBeGreaterThanOrEqual(floor ?? 1)
        },
      ),
    )
  })

  it("reads a floor only as whole non-negative fen", () => {
    expect(floorOf({ live_floor_fen: 5000 })).toBe(5000)
    expect(floorOf({ live_floor_fen: 0 })).toBe(0)
    for (const bad of [-1, 1.5, "5000", null]) expect(floorOf({ live_floor_fen: bad })).toBeNull()
    expect(floorOf(null)).toBeNull()
  })
})
