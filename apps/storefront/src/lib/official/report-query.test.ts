import { describe, expect, it } from "vitest"
import {
  defaultPeriod,
  drillDownRegion,
  exportQuerySchema,
  isIsoDate,
  isWithinScope,
  parseReportFilters,
  regionTrail,
  reportLang,
  reportParams,
  reportSearch,
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

  it("falls back and says why for a bad date, a reversed period or a malformed region", () => {
    expect(parseReportFilters({ from: "2025-02-30" }, "23", TODAY)).toMatchObject({
      filters: { from: "2026-01-01" },
      problems: ["from"],
    })
    expect(parseReportFilters({ from: "2025-05-01", to: "2025-04-01" }, "23", TODAY)).toMatchObject({
      filters: { from: "2026-01-01", to: TODAY },
      problems: ["order"],
    })
    expect(parseReportFilters({ region: "23122" }, "231223", TODAY)).toMatchObject({
      filters: { region: "231223" },
      problems: ["region"],
    })
    expect(parseReportFilters({ region: ["2312", "2301"] }, "23", TODAY).filters.region).toBe("2312")
  })

  it("keeps a well-formed region outside the scope, for the backend to refuse with its reason", () => {
    expect(parseReportFilters({ region: "371003106229" }, "231223", TODAY)).toEqual({
      filters: { from: "2026-01-01", to: TODAY, region: "371003106229" },
      problems: [],
    })
    // A parent of the scope is outside it too: the backend refuses a county official the province.
    expect(parseReportFilters({ region: "23" }, "231223", TODAY).filters.region).toBe("23")
  })
})

describe("drill-down", () => {
  it("leads from the scope to the place read, one level at a time", () => {
    expect(regionTrail("231223", "231223111204")).toEqual(["231223", "231223111", "231223111204"])
    expect(regionTrail("23", "231223")).toEqual(["23", "2312", "231223"])
    expect(regionTrail("231223", "231223")).toEqual(["231223"])
    // Outside the scope there is no way down from it: only the scope.
    expect(regionTrail("231223", "371003106229")).toEqual(["231223"])
  })

  it("links a row one level down, never at the village or outside the place", () => {
    expect(drillDownRegion("231223111", "231223")).toBe("231223111")
    expect(drillDownRegion("231223111204", "231223111")).toBe("231223111204")
    expect(drillDownRegion("231223111204", "231223111204")).toBeNull()
    expect(drillDownRegion(null, "231223")).toBeNull()
    expect(drillDownRegion("371003106", "231223")).toBeNull()
  })

  it("writes the place and period into a shareable query", () => {
    expect(reportSearch({ region: "231223111", from: "2026-01-01", to: TODAY })).toBe(
      "?region=231223111&from=2026-01-01&to=2026-11-22",
    )
    expect([reportLang("en"), reportLang("zh-CN")]).toEqual(["en", "zh"])
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
    expect(exportQuerySchema.parse(ok).lang).toBe("zh")
    expect(exportQuerySchema.safeParse({ ...ok, lang: "fr" }).success).toBe(false)
    expect(reportParams({ from: "2026-01-01", to: TODAY, region: "23" }, "month", "en", "pdf")).toEqual({
      from: "2026-01-01",
      to: TODAY,
      region: "23",
      group_by: "month",
      lang: "en",
      format: "pdf",
    })
  })
})
