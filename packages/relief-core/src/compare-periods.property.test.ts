import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { figureChange, periodBefore, yearEarlier } from "./compare-periods"

const DAY = 86_400_000
const FIRST = Date.parse("1990-01-01T00:00:00Z")
const dayArb = fc.integer({ min: 0, max: 50 * 366 }).map((n) => new Date(FIRST + n * DAY).toISOString().slice(0, 10))
const periodArb = fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }))
/** Whole calendar months: a first month and a count. */
const monthsArb = fc.record({
  start: fc.integer({ min: 1990 * 12, max: 2040 * 12 }),
  count: fc.integer({ min: 1, max: 36 }),
})

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY + 1
const nextDay = (date: string) => new Date(Date.parse(date) + DAY).toISOString().slice(0, 10)
const monthStart = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`
const isWholeMonths = (from: string, to: string) => from.endsWith("-01") && nextDay(to).endsWith("-01")
const opts = { seed: 18, numRuns: 500 }

describe("compare-periods properties", () => {
  it("the period before ends the day before from, and is as long (in days, or in whole months)", () => {
    fc.assert(
      fc.property(periodArb, ({ from, to }) => {
        const before = periodBefore(from, to)
        expect(nextDay(before.to)).toBe(from)
        expect(before.from <= before.to).toBe(true)
        if (isWholeMonths(from, to)) expect(isWholeMonths(before.from, before.to)).toBe(true)
        else expect(days(before.from, before.to)).toBe(days(from, to))
      }),
      opts,
    )
  })

  it("n whole months are preceded by the n whole months before them", () => {
    fc.assert(
      fc.property(monthsArb, ({ start, count }) => {
        const from = monthStart(start)
        const to = new Date(Date.parse(monthStart(start + count)) - DAY).toISOString().slice(0, 10)
        const lastBefore = new Date(Date.parse(from) - DAY).toISOString().slice(0, 10)
        expect(periodBefore(from, to)).toEqual({ from: monthStart(start - count), to: lastBefore })
      }),
      opts,
    )
  })

  it("a year earlier keeps month and day (29 February aside) and the order of the dates", () => {
    fc.assert(
      fc.property(periodArb, ({ from, to }) => {
        const earlier = yearEarlier(from, to)
        expect(earlier.from <= earlier.to).toBe(true)
        for (const [now, then] of [
          [from, earlier.from],
          [to, earlier.to],
        ] as const) {
          expect(Number(then.slice(0, 4))).toBe(Number(now.slice(0, 4)) - 1)
          expect(then.slice(5)).toBe(now.endsWith("02-29") ? "02-28" : now.slice(5))
        }
      }),
      opts,
    )
  })

  it("a change adds back to the current figure, its ratio rounded to the nearest basis point", () => {
    const figure = fc.integer({ min: -1e12, max: 1e12 })
    fc.assert(
      fc.property(figure, figure, (current, before) => {
        const { delta, ratio_bp } = figureChange(current, before)
        expect(before + delta).toBe(current)
        if (before === 0) {
          expect(ratio_bp).toBeNull()
          return
        }
        expect(Number.isInteger(ratio_bp)).toBe(true)
        expect(Math.sign(ratio_bp!) === Math.sign(delta) || ratio_bp === 0).toBe(true)
        // |ratio - exact| ≤ 1/2, checked exactly: |2·ratio·|before| − 2·delta·10,000| ≤ |before|
        const gap = 2n * BigInt(ratio_bp!) * BigInt(Math.abs(before)) - 2n * BigInt(delta) * 10_000n
        expect((gap < 0n ? -gap : gap) <= BigInt(Math.abs(before))).toBe(true)
      }),
      opts,
    )
  })
})
