import { describe, expect, it } from "vitest"
import { compareFigures, fingerprintFigures, flattenFigures, issuedFigures } from "./report-fingerprint"
import { newVerificationCode, normalizeVerificationCode, VERIFICATION_CODE_PATTERN } from "./verification-code"

const figures = (sales_fen: number, persons: number) => ({
  sales_fen,
  orders: 1,
  by_status: { monitored: { persons_benefited: persons }, registered_poor: { persons_benefited: 0 } },
})
const report = (a: number, b: number) => ({
  totals: figures(a + b, 3),
  rows: [
    { key: "231223", label: "青冈县", ...figures(a, 3) },
    { key: "231224", label: "望奎县", ...figures(b, 0) },
  ],
})

describe("report fingerprint", () => {
  it("flattens nested figures by dotted path and leaves text out", () => {
    expect(flattenFigures({ key: "x", label: "y", ...figures(5, 2) })).toEqual({
      sales_fen: 5,
      orders: 1,
      "by_status.monitored.persons_benefited": 2,
      "by_status.registered_poor.persons_benefited": 0,
    })
  })

  it("gives the same fingerprint whatever the key order, and another one when a figure changes", () => {
    const a = issuedFigures(report(100, 50))
    const reordered = { rows: a.rows, totals: Object.fromEntries(Object.entries(a.totals).reverse()) }
    expect(fingerprintFigures(reordered)).toBe(fingerprintFigures(a))
    expect(fingerprintFigures(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(fingerprintFigures(issuedFigures(report(100, 49)))).not.toBe(fingerprintFigures(a))
  })

  it("lists each changed figure in the totals and the rows, a missing row counting as zeros", () => {
    const issued = issuedFigures(report(100, 50))
    expect(compareFigures(issued, issued)).toEqual([])
    const now = issuedFigures({ totals: figures(100, 3), rows: [report(100, 0).rows[0]!] })
    expect(compareFigures(issued, now)).toEqual([
      { figure: "sales_fen", row_key: null, issued: 150, now: 100 },
      { figure: "sales_fen", row_key: "231224", issued: 50, now: 0 },
      { figure: "orders", row_key: "231224", issued: 1, now: 0 },
    ])
  })

  it("checks only the figures a record holds: one issued before collective_income_fen existed still matches", () => {
    const issued = issuedFigures(report(100, 50))
    const now = report(100, 50)
    const today = issuedFigures({
      totals: { ...now.totals, collective_income_fen: 0 },
      rows: now.rows.map((row) => ({ ...row, collective_income_fen: 0 })),
    })
    expect(compareFigures(issued, today)).toEqual([])
  })
})

describe("verification code", () => {
  it("is 10 Crockford base32 characters, read back through the usual misreadings", () => {
    const codes = new Set(Array.from({ length: 200 }, newVerificationCode))
    expect(codes.size).toBe(200)
    for (const code of codes) expect(code).toMatch(VERIFICATION_CODE_PATTERN)
    expect(normalizeVerificationCode("ab-cd o1il 2")).toBe("ABCD01112")
  })
})
