import { describe, expect, it } from "vitest"
import { chinaToday, previousChinaMonth, yuan } from "./money"

describe("admin money and China dates", () => {
  it("formats fen as yuan with two places and grouped thousands, never through a float", () => {
    expect(yuan(0)).toBe("¥0.00")
    expect(yuan(5)).toBe("¥0.05")
    expect(yuan(3990)).toBe("¥39.90")
    expect(yuan(123456789)).toBe("¥1,234,567.89")
    expect(yuan(-1230)).toBe("-¥12.30")
    // 2^53 − 1 fen: a float division by 100 would lose the last digit.
    expect(yuan(9007199254740991)).toBe("¥90,071,992,547,409.91")
  })

  it("takes today and last month in China time, whatever the machine's zone", () => {
    // 16:30 UTC on 31 Jan is already 1 Feb in China.
    expect(chinaToday(new Date("2026-01-31T16:30:00Z"))).toBe("2026-02-01")
    expect(previousChinaMonth(new Date("2026-01-31T16:30:00Z"))).toEqual({ from: "2026-01-01", to: "2026-01-31" })
    expect(previousChinaMonth(new Date("2026-01-15T00:00:00Z"))).toEqual({ from: "2025-12-01", to: "2025-12-31" })
    expect(previousChinaMonth(new Date("2024-03-10T00:00:00Z"))).toEqual({ from: "2024-02-01", to: "2024-02-29" })
  })
})
