import { describe, expect, it } from "vitest"
import { OfficialMeResponseSchema, ReliefSummarySchema } from "./official"

const names = { province: "黑龙江省", city: "绥化市", county: "青冈县", township: null, village: null }
const figures = {
  orders: 2,
  sales_fen: 15_960,
  refunds_fen: 0,
  quantity_g: 10_000,
  cooperatives: 1,
  households_benefited: 2,
  persons_benefited: 7,
  household_income_fen: 2_760,
  collective_income_fen: 1_596,
  avg_income_per_household_fen: 1_380,
  avg_income_per_person_fen: 394,
  by_status: {
    registered_poor: {
      households_benefited: 1,
      persons_benefited: 4,
      household_income_fen: 1_500,
      avg_income_per_household_fen: 1_500,
      avg_income_per_person_fen: 375,
    },
    monitored: {
      households_benefited: 1,
      persons_benefited: 3,
      household_income_fen: 1_260,
      avg_income_per_household_fen: 1_260,
      avg_income_per_person_fen: 420,
    },
  },
}

describe("official", () => {
  it("parses the signed-in official with their scope", () => {
    const official = {
      id: "official_01",
      email: "qinggang@demo.fengshou.local",
      name: "王科长",
      title: null,
      organisation: "青冈县乡村振兴局",
      region_code: "231223",
      scope: { code: "231223", level: 6, name: "青冈县", label: "黑龙江省 绥化市 青冈县", names },
      status: "active",
      created_at: "2026-01-05T08:00:00.000Z",
    }
    expect(OfficialMeResponseSchema.parse({ official }).official.scope.name).toBe("青冈县")
    expect(
      OfficialMeResponseSchema.safeParse({ official: { ...official, scope: { ...official.scope, names: undefined } } })
        .success,
    ).toBe(false)
  })

  it("parses a summary with labelled rows, the uncategorised row keyed null", () => {
    const summary = {
      region: "231223",
      region_name: "青冈县",
      region_label: "黑龙江省 绥化市 青冈县",
      from: "2026-01-01",
      to: "2026-12-31",
      group_by: "category",
      totals: figures,
      rows: [{ ...figures, key: null, label: "未分类" }],
      lang: "zh",
      compare: {
        previous: { from: "2025-01-01", to: "2025-12-31", totals: figures, rows: [] },
        year_earlier: { from: "2025-01-01", to: "2025-12-31", totals: figures, rows: [] },
      },
    }
    expect(ReliefSummarySchema.parse(summary).rows[0]?.key).toBeNull()
    expect(ReliefSummarySchema.safeParse({ ...summary, lang: "fr" }).success).toBe(false)
    expect(ReliefSummarySchema.safeParse({ ...summary, group_by: "household" }).success).toBe(false)
    expect(ReliefSummarySchema.parse(summary).totals.by_status.monitored.persons_benefited).toBe(3)
    expect(ReliefSummarySchema.parse(summary).totals.collective_income_fen).toBe(1_596)
    // a report stored before the village collective was a party of the ledger had no collective income
    const { collective_income_fen: _, ...older } = figures
    expect(ReliefSummarySchema.parse({ ...summary, totals: older }).totals.collective_income_fen).toBe(0)
    expect(
      ReliefSummarySchema.safeParse({ ...summary, totals: { ...figures, collective_income_fen: 1.5 } }).success,
    ).toBe(false)
    expect(ReliefSummarySchema.safeParse({ ...summary, rows: [figures] }).error?.issues[0]?.path).toEqual([
      "rows",
      0,
      "key",
    ])
  })

  it("requires both statuses in the split, in whole fen", () => {
    const { monitored, registered_poor } = figures.by_status
    const summary = {
      region: "231223",
      region_name: "青冈县",
      region_label: "黑龙江省 绥化市 青冈县",
      from: "2026-01-01",
      to: "2026-12-31",
      group_by: "month",
      rows: [],
    }
    const parse = (by_status: unknown) =>
      ReliefSummarySchema.safeParse({ ...summary, totals: { ...figures, by_status } })
    expect(parse({ registered_poor }).error?.issues[0]?.path).toEqual(["totals", "by_status", "monitored"])
    expect(
      parse({ registered_poor, monitored: { ...monitored, household_income_fen: 12.6 } }).error?.issues[0],
    ).toEqual(expect.objectContaining({ path: ["totals", "by_status", "monitored", "household_income_fen"] }))
  })
})
