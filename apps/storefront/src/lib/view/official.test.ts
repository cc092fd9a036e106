import type { ReportFigures, ReportRow } from "@fengshou/store-contract"
import { describe, expect, it } from "vitest"
import {
  barPercent,
  formatBasisPoints,
  formatCount,
  formatQuantity,
  monthLabel,
  toBars,
  toChangeView,
  toFiguresView,
  toStatusView,
} from "./official"
import { formatFen } from "./money"

const status = (households: number, persons: number, income: number) => ({
  households_benefited: households,
  persons_benefited: persons,
  household_income_fen: income,
  avg_income_per_household_fen: households ? Math.round(income / households) : 0,
  avg_income_per_person_fen: persons ? Math.round(income / persons) : 0,
})

const figures = (change: Partial<ReportFigures> = {}): ReportFigures => ({
  orders: 1234,
  sales_fen: 123_456_789,
  refunds_fen: 5_000,
  quantity_g: 1_234_567,
  cooperatives: 6,
  households_benefited: 562,
  persons_benefited: 2325,
  household_income_fen: 58_456_000,
  collective_income_fen: 12_345_679,
  avg_income_per_household_fen: 104_014,
  avg_income_per_person_fen: 25_143,
  by_status: { registered_poor: status(500, 2000, 50_000_000), monitored: status(62, 325, 8_456_000) },
  ...change,
})
const row = (key: string | null, sales_fen: number, label?: string): ReportRow => ({
  ...figures({ sales_fen, household_income_fen: Math.trunc(sales_fen / 3) }),
  key,
  label: label ?? null,
})

describe("figures", () => {
  it("formats every total: yuan from fen, 斤 or kg from grams, grouped counts", () => {
    expect(toFiguresView(figures(), "zh-CN")).toEqual({
      orders: "1,234",
      sales: "¥1,234,567.89",
      refunds: "¥50.00",
      quantity: "2,469.13 斤",
      cooperatives: "6",
      households: "562",
      persons: "2,325",
      householdIncome: "¥584,560.00",
      collectiveIncome: "¥123,456.79",
      avgPerHousehold: "¥1,040.14",
      avgPerPerson: "¥251.43",
    })
    expect(toFiguresView(figures(), "en").quantity).toBe("1,234.57 kg")
  })

  it("rounds weight half up and keeps the sign of returned goods", () => {
    expect(formatQuantity(5, "en")).toBe("0.01 kg")
    expect(formatQuantity(4, "en")).toBe("0.00 kg")
    expect(formatQuantity(-2500, "zh-CN")).toBe("-5.00 斤")
    expect(formatCount(-1234567)).toBe("-1,234,567")
  })

  it("names months in each language", () => {
    expect(monthLabel("2025-03", "zh-CN")).toBe("2025年3月")
    expect(monthLabel("2025-12", "en")).toBe("Dec 2025")
    expect(monthLabel("online", "en")).toBe("online")
  })
})

describe("bars", () => {
  it("scales to the largest sales figure, rounding half up", () => {
    expect(barPercent(50, 100)).toBe(50)
    expect(barPercent(2, 3)).toBe(67)
    expect(barPercent(100, 100)).toBe(100)
  })

  it("never draws a positive value as nothing, nor a zero or negative one as something", () => {
    expect(barPercent(1, 1_000_000)).toBe(1)
    expect(barPercent(0, 100)).toBe(0)
    expect(barPercent(-40, 100)).toBe(0)
    expect(barPercent(10, 0)).toBe(0)
  })

  it("labels each row and flags a month that netted below zero", () => {
    const bars = toBars(
      [row("2025-01", 80_00), row("2025-02", -20_00), row(null, 40_00, "其他")],
      (r) => r.label ?? r.key ?? "",
    )
    expect(bars.map((b) => [b.key, b.label, b.percent, b.negative])).toEqual([
      ["2025-01", "2025-01", 100, false],
      ["2025-02", "2025-02", 0, true],
      ["none", "其他", 50, false],
    ])
    expect(bars[0]).toMatchObject({ value: "¥80.00", income: "¥26.66" })
  })
})

describe("status split and compared periods", () => {
  it("formats one status's household figures like the totals", () => {
    expect(toStatusView(figures().by_status.monitored)).toEqual({
      households: "62",
      persons: "325",
      householdIncome: "¥84,560.00",
      avgPerHousehold: "¥1,363.87",
      avgPerPerson: "¥260.18",
    })
  })

  it("writes basis points as a signed percentage with integer arithmetic", () => {
    expect(formatBasisPoints(1234)).toBe("+12.34%")
    expect(formatBasisPoints(-5)).toBe("-0.05%")
    expect(formatBasisPoints(0)).toBe("0.00%")
    expect(formatBasisPoints(1_234_500)).toBe("+12,345.00%")
  })

  it("sets a figure beside an earlier one: the earlier figure, the signed change and its percent", () => {
    expect(toChangeView(12_000, 10_000, formatFen)).toEqual({
      before: "¥100.00",
      delta: "+¥20.00",
      percent: "+20.00%",
      direction: "up",
    })
    expect(toChangeView(2, 3, formatCount)).toEqual({ before: "3", delta: "-1", percent: "-33.33%", direction: "down" })
    // Nothing in the earlier period: no percentage can be given.
    expect(toChangeView(500, 0, formatFen)).toMatchObject({ delta: "+¥5.00", percent: null, direction: "up" })
    expect(toChangeView(0, 0, formatCount)).toMatchObject({ delta: "0", percent: null, direction: "flat" })
  })
})
