import { describe, expect, it } from "vitest"
import {
  defaultPeriod,
  exportQuerySchema,
  isIsoDate,
  isWithinScope,
  parseReportFilters,
  reportParams,
} from "./report-query"

const TODAY = "2026-11-22"

describe("parseReportFilters", () => {
  it("defaults to this year so far and the official's whole scope", () => {
    expect(parseReportFilters({}, "23", TODAY)).toEqual({
      filters: { from: "2026-01-01", to: TODAY, region: "23" },
      problems: [],
    })
    expect(defaultPeriod("2025-01-01")).toEqual({ from: "2025-01-01", to: "2025-01-01" })
  })

  it("keeps a valid period and a region inside the scope", () => {
    const parsed = parseReportFilters({ from: "2025-03-01", to: "2025-03-31", region: "231223" }, "23", TODAY)
    expect(parsed).toEqual({ filters: { from: "2025-03-01", to: "2025-03-31", region: "231223" }, problems: [] })
  })

  it("falls back and says why for a bad date, a reversed period or a region outside the scope", () => {
    expect(parseReportFilters({ from: "2025-02-30" }, "23", TODAY)).toMatchObject({
      filters: { from: "2026-01-01" },
      problems: ["from"],
    })
    expect(parseReportFilters({ from: "2025-05-01", to: "2025-04-01" }, "23", TODAY)).toMatchObject({
      filters: { from: "2026-01-01", to: TODAY },
      problems: ["order"],
    })
    expect(parseReportFilters({ region: "371003" }, "231223", TODAY)).toMatchObject({
      filters: { region: "231223" },
      problems: ["region"],
    })
    // A parent of the scope is outside it too: a county official cannot widen to the province.
    expect(parseReportFilters({ region: "23" }, "231223", TODAY)).toMatchObject({
      filters: { region: "231223" },
      problems: ["region"],
    })
    expect(parseReportFilters({ region: ["2312", "2301"] }, "23", TODAY).filters.region).toBe("2312")
  })
})

describe("helpers", () => {
  it("knows real calendar days and scope prefixes", () => {
    expect(isIsoDate("2024-02-29")).toBe(true)
    expect(isIsoDate("2025-02-29")).toBe(false)
    expect(isIsoDate("2025-1-01")).toBe(false)
    expect(isWithinScope("231223111204", "231223")).toBe(true)
    expect(isWithinScope("23122", "23")).toBe(false)
    expect(isWithinScope("2312", "231223")).toBe(false)
  })

  it("checks an export request like the page does", () => {
    const ok = { format: "xlsx", group_by: "cooperative", from: "2026-01-01", to: TODAY, region: "231223" }
    expect(exportQuerySchema.safeParse(ok).success).toBe(true)
    expect(exportQuerySchema.safeParse({ ...ok, format: "docx" }).success).toBe(false)
    expect(exportQuerySchema.safeParse({ ...ok, from: "2026-12-01" }).success).toBe(false)
    expect(exportQuerySchema.safeParse({ ...ok, region: "2312x" }).success).toBe(false)
    expect(reportParams({ from: "2026-01-01", to: TODAY, region: "23" }, "month", "pdf")).toEqual({
      from: "2026-01-01",
      to: TODAY,
      region: "23",
      group_by: "month",
      format: "pdf",
    })
  })
})
