import { describe, expect, it } from "vitest"
import { formatUnitPrice, formatWeight } from "./weight"

describe("formatWeight", () => {
  it("puts 斤 first for Chinese readers", () => {
    expect(formatWeight(2500, "zh-CN")).toEqual({ grams: 2500, primary: "5斤", secondary: "2.5 kg" })
    expect(formatWeight(500, "zh-CN")).toEqual({ grams: 500, primary: "1斤", secondary: "500 g" })
    expect(formatWeight(750, "zh-CN").primary).toBe("1.5斤")
  })

  it("uses grams below one 斤 in Chinese", () => {
    expect(formatWeight(100, "zh-CN")).toEqual({ grams: 100, primary: "100克", secondary: "100 g" })
  })

  it("puts kg first for English readers", () => {
    expect(formatWeight(2500, "en")).toEqual({ grams: 2500, primary: "2.5 kg", secondary: "5 jin" })
    expect(formatWeight(250, "en")).toEqual({ grams: 250, primary: "250 g", secondary: "0.5 jin" })
  })

  it("rounds odd weights to two decimals", () => {
    expect(formatWeight(333, "en").secondary).toBe("0.67 jin")
    expect(formatWeight(1234, "en").primary).toBe("1.23 kg")
  })
})

describe("formatUnitPrice", () => {
  it("is per 斤 in Chinese and per kg in English", () => {
    expect(formatUnitPrice(3990, 2500, "zh-CN")).toBe("¥7.98/斤")
    expect(formatUnitPrice(3990, 2500, "en")).toBe("¥15.96/kg")
  })

  it("scales small packs up", () => {
    // 100 g of dried morels at ¥68.00 is ¥340.00 per 斤
    expect(formatUnitPrice(6800, 100, "zh-CN")).toBe("¥340.00/斤")
    expect(formatUnitPrice(6800, 100, "en")).toBe("¥680.00/kg")
  })
})
