import { chinaDay, chinaDayStart, nextPeriod, periodOf } from "./period"

describe("settlement periods", () => {
  it("cut months in China time", () => {
    expect(periodOf(new Date("2026-11-30T15:59:59Z"))).toBe("2026-11")
    expect(periodOf(new Date("2026-11-30T16:00:00Z"))).toBe("2026-12")
    expect(chinaDay(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01")
    expect(chinaDayStart("2026-12-01").toISOString()).toBe("2026-11-30T16:00:00.000Z")
  })

  it("roll over the year", () => {
    expect(nextPeriod("2026-12")).toBe("2027-01")
    expect(nextPeriod("2026-09")).toBe("2026-10")
  })
})
