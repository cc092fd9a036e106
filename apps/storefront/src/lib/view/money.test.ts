import { ReliefCoreError, yuanToFen } from "@fengshou/relief-core"
import { describe, expect, it } from "vitest"
import { formatFen, scaleFen } from "./money"

// The views convert Medusa's amounts with relief-core's yuanToFen (its own tests hold the rules); these are the
// shapes Medusa sends the storefront, from JSON numbers with float noise to tiny tax remainders in exponent form.
describe("yuanToFen on what Medusa sends", () => {
  it.each([
    ["39.9", 3990],
    [39.9, 3990],
    ["12.50", 1250],
    [12.5, 1250],
    [0.1, 10],
    [0.3, 30], // 0.1 + 0.2 style float noise never enters: String(0.3) is "0.3"
    [1.15, 115], // 1.15 * 100 is 114.99999999999999 in floats
    [4.35, 435], // 4.35 * 100 is 434.99999999999994
    [100, 10000],
    ["0", 0],
    ["1234567.89", 123456789],
    [1e-7, 0], // String(1e-7) is "1e-7": a calculated remainder Medusa can send
    [-1e-7, 0],
    [3.5398230088495575e-7, 0],
    [1.2e-2, 1],
    [35.39823008849557, 3540],
  ])("converts %j to %i fen", (amount, fen) => {
    expect(yuanToFen(amount)).toBe(fen)
  })

  it("rounds past the second decimal half away from zero", () => {
    expect(yuanToFen("0.004")).toBe(0)
    expect(yuanToFen("0.005")).toBe(1)
    expect(yuanToFen("35.39823")).toBe(3540)
    expect(yuanToFen("-1.235")).toBe(-124)
    expect(yuanToFen("-0.001")).toBe(0)
  })

  it.each(["", "abc", "1.2.3", "1,5", 1e21, Number.NaN, Number.POSITIVE_INFINITY])("rejects %j", (amount) => {
    expect(() => yuanToFen(amount)).toThrow(ReliefCoreError)
  })

  it("rejects amounts beyond safe integer fen", () => {
    expect(() => yuanToFen("900719925474099.93")).toThrow(/too large/)
  })
})

describe("formatFen", () => {
  it.each([
    [3990, "¥39.90"],
    [5, "¥0.05"],
    [0, "¥0.00"],
    [130500000, "¥1,305,000.00"],
    [-1250, "-¥12.50"],
  ])("formats %i as %s", (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })

  it("refuses fractional fen", () => {
    expect(() => formatFen(39.9)).toThrow(RangeError)
  })
})

describe("scaleFen", () => {
  it("rounds half up to the fen", () => {
    expect(scaleFen(3990, 500, 2500)).toBe(798) // ¥39.90 for 2.5 kg is ¥7.98 per 斤
    expect(scaleFen(1000, 1, 3)).toBe(333)
    expect(scaleFen(1000, 2, 3)).toBe(667)
    expect(scaleFen(1, 1, 2)).toBe(1)
  })
})
