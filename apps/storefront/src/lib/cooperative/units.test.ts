import { describe, expect, it } from "vitest"
import { toFenPerKg, toGrams, yuanTextToFen } from "./units"

describe("toGrams", () => {
  it.each([
    ["2.5", "kg", 2500],
    ["2.5", "jin", 1250],
    ["0.001", "kg", 1],
    ["300", "jin", 150_000],
    ["1,5", "kg", 1500],
    [" 3 ", "jin", 1500],
  ] as const)("%s %s is %d g", (text, unit, grams) => {
    expect(toGrams(text, unit)).toBe(grams)
  })

  it.each([
    ["0.001", "jin"], // half a gram
    ["0.0001", "kg"],
    ["0", "kg"],
    ["-1", "kg"],
    ["1e3", "kg"],
    ["", "jin"],
    ["abc", "kg"],
  ] as const)("refuses %s %s (not a positive whole number of grams)", (text, unit) => {
    expect(toGrams(text, unit)).toBeNull()
  })
})

describe("yuanTextToFen and toFenPerKg", () => {
  it("converts yuan text to fen without float error", () => {
    expect(yuanTextToFen("0.29")).toBe(29)
    expect(yuanTextToFen("39.9")).toBe(3990)
    expect(yuanTextToFen("1.005")).toBeNull()
    expect(yuanTextToFen("12")).toBe(1200)
  })

  it("doubles a price per 斤 into fen per kg, and keeps a price per kg", () => {
    expect(toFenPerKg("3.99", "jin")).toBe(798)
    expect(toFenPerKg("4.35", "kg")).toBe(435)
    expect(toFenPerKg("0.01", "jin")).toBe(2)
    expect(toFenPerKg("x", "kg")).toBeNull()
  })
})
