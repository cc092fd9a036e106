import { chinaMinute, percent, yuan, yuanGrouped } from "./format"

describe("settlement document formatting", () => {
  it("prints fen as yuan with two decimals, exactly, signed", () => {
    expect(yuan(0)).toBe("0.00")
    expect(yuan(5)).toBe("0.05")
    expect(yuan(-5)).toBe("-0.05")
    expect(yuan(123456)).toBe("1234.56")
    expect(yuan(Number.MAX_SAFE_INTEGER)).toBe("90071992547409.91")
  })

  it("groups thousands for print only", () => {
    expect(yuanGrouped(123456789)).toBe("1,234,567.89")
    expect(yuanGrouped(-100000)).toBe("-1,000.00")
    expect(yuanGrouped(99)).toBe("0.99")
  })

  it("prints basis points as a percentage with two decimals", () => {
    expect(percent(500)).toBe("5.00%")
    expect(percent(1234)).toBe("12.34%")
    expect(percent(7)).toBe("0.07%")
  })

  it("prints instants in China time to the minute", () => {
    expect(chinaMinute("2026-11-30T16:05:59.000Z")).toBe("2026-12-01 00:05")
    expect(chinaMinute(new Date("2026-12-06T00:00:00Z"))).toBe("2026-12-06 08:00")
  })
})
