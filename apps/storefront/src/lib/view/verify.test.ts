import { describe, expect, it } from "vitest"
import { formatFigure, normalizeVerificationCode, toVerificationView } from "./verify"

describe("verification view", () => {
  it("reads a typed code the way the backend issued it, and refuses what cannot be one", () => {
    expect(normalizeVerificationCode("7k3m9-qx2rd")).toBe("7K3M9QX2RD")
    expect(normalizeVerificationCode("7K3M9QX2RO")).toBe("7K3M9QX2R0")
    expect(normalizeVerificationCode("7K3M9QX2R")).toBeNull()
    expect(normalizeVerificationCode("7K3M9QX2RU")).toBeNull()
  })

  it("writes fen as yuan, grams with g, and counts grouped", () => {
    expect(formatFigure("sales_fen", 1697200)).toBe("¥16,972.00")
    expect(formatFigure("quantity_g", -1500)).toBe("-1,500 g")
    expect(formatFigure("persons_benefited", 12345)).toBe("12,345")
  })

  it("shows the time of issue in China time and each difference with its change", () => {
    const view = toVerificationView({
      code: "7K3M9QX2RD",
      issued_at: "2026-12-02T16:30:00.000Z",
      organisation: "黑龙江省乡村振兴局",
      region: "23",
      region_label: "黑龙江省",
      from: "2026-01-01",
      to: "2026-12-31",
      group_by: "region",
      lang: "zh",
      status: "changed",
      differences: [
        { figure: "sales_fen", row_key: null, issued: 17972, now: 16972 },
        { figure: "by_status.monitored.persons_benefited", row_key: "2310", issued: 2, now: 3 },
      ],
    })
    expect(view.issuedAt).toBe("2026-12-03 00:30")
    expect(view.region).toEqual({ label: "黑龙江省", code: "23" })
    expect(view.groupBy).toBe("region")
    expect(view.matches).toBe(false)
    expect(view.differences).toEqual([
      { figure: { status: null, name: "sales_fen" }, row: null, issued: "¥179.72", now: "¥169.72", change: "-¥10.00" },
      { figure: { status: "monitored", name: "persons_benefited" }, row: "2310", issued: "2", now: "3", change: "+1" },
    ])
  })
})
