// fast-check generators shared by the property tests; not part of the public API (index.ts never exports it).
import fc from "fast-check"
import { HOUSEHOLD_STATUSES } from "./household-status"
import type { Contribution } from "./line-allocation"

/** A permutation of the given items, so tests can show results do not depend on input order. */
export function shuffled<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.array(fc.nat(), { minLength: items.length, maxLength: items.length }).map((ranks) =>
    items
      .map((item, index) => ({ item, rank: ranks[index] ?? 0, index }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map(({ item }) => item),
  )
}

/**
 * 1..8 contributions with unique keys drawn from `keyArb`; grams and share weights may be 0, but each kind has one
 * positive. Keys from a small pool make one household supply several lines, with a different status or size each time.
 */
export function contributionsFrom(keyArb: fc.Arbitrary<string>): fc.Arbitrary<Contribution[]> {
  return fc
    .uniqueArray(
      fc.record({
        household_key: keyArb,
        status: fc.constantFrom(...HOUSEHOLD_STATUSES),
        persons: fc.integer({ min: 1, max: 9 }),
        grams: fc.nat({ max: 2_000_000 }),
        share_weight: fc.nat({ max: 1000 }),
      }),
      { selector: (c) => c.household_key, minLength: 1, maxLength: 8 },
    )
    .filter((cs) => cs.some((c) => c.grams > 0) && cs.some((c) => c.share_weight > 0))
}

export const contributionsArb = contributionsFrom(fc.string({ minLength: 1, maxLength: 6 }))

export const mechanismArb = fc.record(
  {
    supply: fc.record({ farmgate_fen_per_kg: fc.nat({ max: 50_000 }) }),
    dividend: fc.record({ basis_points: fc.integer({ min: 0, max: 10_000 }) }),
    collective: fc.record({ basis_points: fc.integer({ min: 0, max: 10_000 }) }),
  },
  { requiredKeys: [] },
)

/** Positive pieces that add up to exactly `total` (one piece when total is 0 is skipped: no refund to make). */
export function partitionArb(total: number): fc.Arbitrary<number[]> {
  return fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, total - 1) }), { maxLength: 6 }).map((cuts) => {
    const points = [0, ...cuts.filter((c) => c < total).sort((a, b) => a - b), total]
    return points
      .slice(1)
      .map((p, i) => p - (points[i] ?? 0))
      .filter((piece) => piece > 0)
  })
}
