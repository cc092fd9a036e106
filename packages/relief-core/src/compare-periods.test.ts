import { describe, expect, it } from "vitest"
import { comparePeriods, figureChange, periodBefore, yearEarlier } from "./compare-periods"
import { ReliefCoreError } from "./errors"

describe("periodBefore", () => {
  it.each([
    ["a month: the month before", "2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28"],
    ["January: December of the year before", "2026-01-01", "2026-01-31", "2025-12-01", "2025-12-31"],
    ["a quarter: the quarter before", "2026-04-01", "2026-06-30", "2026-01-01", "2026-03-31"],
    ["a year: the year before", "2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31"],
    ["leap February: January", "2024-02-01", "2024-02-29", "2024-01-01", "2024-01-31"],
    ["March: a leap February, whole", "2024-03-01", "2024-03-31", "2024-02-01", "2024-02-29"],
    ["two months across a year", "2026-01-01", "2026-02-28", "2025-11-01", "2025-12-31"],
  ])("whole months, %s", (_, from, to, before, beforeTo) => {
    expect(periodBefore(from, to)).toEqual({ from: before, to: beforeTo })
  })

  it.each([
    ["a week", "2026-03-10", "2026-03-16", "2026-03-03", "2026-03-09"],
    ["one day, even a 1st", "2026-03-01", "2026-03-01", "2026-02-28", "2026-02-28"],
    ["from a 1st to mid-month", "2026-03-01", "2026-03-15", "2026-02-14", "2026-02-28"],
    ["mid-month to a month's end", "2026-03-16", "2026-03-31", "2026-02-28", "2026-03-15"],
    ["across a leap day", "2024-03-01", "2024-03-02", "2024-02-28", "2024-02-29"],
    ["across a year", "2026-01-01", "2026-01-10", "2025-12-22", "2025-12-31"],
  ])("otherwise the same number of days, %s", (_, from, to, before, beforeTo) => {
    expect(periodBefore(from, to)).toEqual({ from: before, to: beforeTo })
  })
})

describe("yearEarlier", () => {
  it("moves both dates one year back, 29 February to 28 February", () => {
    expect(yearEarlier("2026-03-01", "2026-03-31")).toEqual({ from: "2025-03-01", to: "2025-03-31" })
    expect(yearEarlier("2024-02-01", "2024-02-29")).toEqual({ from: "2023-02-01", to: "2023-02-28" })
    expect(yearEarlier("2024-02-29", "2024-03-01")).toEqual({ from: "2023-02-28", to: "2023-03-01" })
    expect(yearEarlier("2025-02-28", "2025-02-28")).toEqual({ from: "2024-02-28", to: "2024-02-28" })
  })
})

describe("comparePeriods", () => {
  it("gives both periods at once", () => {
    expect(comparePeriods("2026-03-01", "2026-03-31")).toEqual({
      previous: { from: "2026-02-01", to: "2026-02-28" },
      year_earlier: { from: "2025-03-01", to: "2025-03-31" },
    })
  })

  it.each([
    ["2026-02-30", "2026-03-31", /from must be a date/],
    ["2026-03-01", "2026-3-31", /to must be a date/],
    ["2026-03-31", "2026-03-01", /to \(2026-03-01\) must not be before from \(2026-03-31\)/],
  ])("refuses %s..%s", (from, to, message) => {
    expect(() => comparePeriods(from, to)).toThrow(ReliefCoreError)
    expect(() => comparePeriods(from, to)).toThrow(message)
  })
})

describe("figureChange", () => {
  it.each([
    [120, 100, 20, 2_000],
    [80, 100, -20, -2_000],
    [100, 100, 0, 0],
    [1, 3, -2, -6_667],
    [20_001, 20_000, 1, 1],
    [19_999, 20_000, -1, -1],
    [3, 40_000, -39_997, -9_999],
    [-50, 100, -150, -15_000],
    [100, -100, 200, 20_000],
    [-100, -50, -50, -10_000],
  ])("%i against %i: delta %i, %i basis points", (current, before, delta, ratio) => {
    expect(figureChange(current, before)).toEqual({ delta, ratio_bp: ratio })
  })

  it("has no ratio when the earlier figure is 0", () => {
    expect(figureChange(500, 0)).toEqual({ delta: 500, ratio_bp: null })
    expect(figureChange(0, 0)).toEqual({ delta: 0, ratio_bp: null })
  })

  it("stays exact beyond 2^53 / 10,000", () => {
    const big = 900_719_925_474_099
    expect(figureChange(big * 3, big)).toEqual({ delta: big * 2, ratio_bp: 20_000 })
  })

  it("refuses figures that are not safe integers", () => {
    expect(() => figureChange(1.5, 1)).toThrow(ReliefCoreError)
    expect(() => figureChange(1, Number.NaN)).toThrow(/safe integers/)
  })
})
