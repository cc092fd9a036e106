import { describe, expect, it } from "vitest"
import { certificationExpired } from "./certification-validity"

describe("certificationExpired", () => {
  it("keeps the named day valid until China's midnight, then expires it", () => {
    // 2026-03-10 23:59:59 in Shanghai is 15:59:59 UTC the same day; one second later China is on the 11th.
    expect(certificationExpired("2026-03-10", new Date("2026-03-10T15:59:59Z"))).toBe(false)
    expect(certificationExpired("2026-03-10", new Date("2026-03-10T16:00:00Z"))).toBe(true)
  })

  it("reads the day in China time, not UTC: at 01:00 China time on the 11th the 10th is over", () => {
    // 2026-03-10T17:00Z is still the 10th in UTC but 01:00 on the 11th in Shanghai.
    expect(certificationExpired("2026-03-10", new Date("2026-03-10T17:00:00Z"))).toBe(true)
  })

  it("is valid on earlier days and never expires without an end date", () => {
    expect(certificationExpired("2026-03-10", new Date("2026-03-09T12:00:00Z"))).toBe(false)
    expect(certificationExpired(null, new Date("2099-01-01T00:00:00Z"))).toBe(false)
    expect(certificationExpired("", new Date("2099-01-01T00:00:00Z"))).toBe(false)
  })
})
