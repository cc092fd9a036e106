import type { HouseholdIncomeAnswer } from "@fengshou/store-contract"
import { describe, expect, it } from "vitest"
import {
  periodFromQuery,
  periodLabel,
  previousPeriod,
  toHouseholdIncomeView,
  toStatementLineView,
  toStatementView,
} from "./settlements"
import { line, statement } from "./settlements.testing"

describe("settlement views", () => {
  it("formats a statement's amounts from fen and keeps paid-on and the bank reference only once paid", () => {
    expect(toStatementView(statement, "zh-CN")).toMatchObject({
      number: "JS-202611-yuanda",
      periodLabel: "2026年11月",
      status: "paid",
      net: "¥11,934.75",
      netNegative: false,
      gross: "¥12,345.00",
      refunds: "¥39.90",
      fee: "¥370.35",
      feeRate: "3%",
      commission: "¥0.00",
      paidOn: "2026-12-05",
      bankReference: "CCB20261205001",
    })
    const open = toStatementView({ ...statement, status: "open", net_fen: -500, paid_on: null }, "en")
    expect(open).toMatchObject({ periodLabel: "November 2026", net: "-¥5.00", netNegative: true, paidOn: null })
    expect(open.bankReference).toBeNull()
  })

  it("shows a line's dates in China time (after 16:00 UTC it is the next day there)", () => {
    expect(toStatementLineView(line)).toEqual({
      id: "sln_01",
      kind: "refund",
      order: "#42",
      title: "昌盛小米 2.5 kg",
      occurredOn: "2026-12-01",
      payableOn: "2026-12-01",
      sales: "-¥39.90",
      fee: "-¥1.20",
      commission: "¥0.00",
      net: "-¥38.70",
    })
  })

  it("sums the households and puts the village collective's income beside them", () => {
    const answer: HouseholdIncomeAnswer = {
      period: "2026-11",
      households: [
        {
          household_id: "hh_1",
          code: "XD-001",
          name: "王大山",
          status: "registered_poor",
          persons: 4,
          supply_fen: 35_000,
          dividend_fen: 1_201,
          total_fen: 36_201,
        },
        {
          household_id: "hh_2",
          code: "XD-002",
          name: null,
          status: "member",
          persons: 3,
          supply_fen: 28_175,
          dividend_fen: 0,
          total_fen: 28_175,
        },
      ],
      collective_fen: 2_500,
      households_fen: 64_376,
    }
    const view = toHouseholdIncomeView(answer)
    expect(view.households.map((h) => [h.code, h.name, h.total])).toEqual([
      ["XD-001", "王大山", "¥362.01"],
      ["XD-002", null, "¥281.75"],
    ])
    expect(view.collective).toBe("¥25.00")
    expect(view.totals).toEqual({
      persons: 7,
      supply: "¥631.75",
      dividend: "¥12.01",
      households: "¥643.76",
      all: "¥668.76",
    })
    expect(toHouseholdIncomeView({ ...answer, households: [], households_fen: 0, collective_fen: 0 })).toMatchObject({
      collectiveEarned: false,
      totals: { persons: 0, supply: "¥0.00", all: "¥0.00" },
    })
  })
})

describe("settlement periods", () => {
  it("defaults to the month before, in China time", () => {
    expect(previousPeriod(new Date("2026-12-06T00:00:00Z"))).toBe("2026-11")
    // 2027-01-01 01:00 in Shanghai is still 2026 in UTC: the previous month there is December.
    expect(previousPeriod(new Date("2026-12-31T17:00:00Z"))).toBe("2026-12")
    expect(previousPeriod(new Date("2026-01-15T00:00:00Z"))).toBe("2025-12")
  })

  it("takes a month from the query, and the previous month for anything else", () => {
    const now = new Date("2026-12-06T00:00:00Z")
    expect(periodFromQuery("2026-07", now)).toBe("2026-07")
    expect(periodFromQuery(["2026-08", "2026-09"], now)).toBe("2026-08")
    for (const bad of [undefined, "", "2026-13", "2026-7", "2026-07-01", "July"])
      expect(periodFromQuery(bad, now)).toBe("2026-11")
  })

  it("labels a month in Chinese and English", () => {
    expect(periodLabel("2026-03", "zh-CN")).toBe("2026年3月")
    expect(periodLabel("2026-03", "en")).toBe("March 2026")
  })
})
