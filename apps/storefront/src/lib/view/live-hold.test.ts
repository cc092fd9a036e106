import { describe, expect, it } from "vitest"
import {
  clockOffsetMs,
  formatRemaining,
  holdAnnouncement,
  holdDisplay,
  holdSecondsLeft,
  holdsByVariant,
  remainingMs,
} from "./live-hold"

const hold = (variant_id: string, quantity: number, expires_at: string) => ({
  session_product_id: `lsp_${variant_id}`,
  variant_id,
  quantity,
  expires_at,
})
const T0 = Date.parse("2026-12-06T06:00:00.000Z")

describe("holdsByVariant", () => {
  it("keys holds by variant, adding a variant's units and ending with its sooner hold", () => {
    const byVariant = holdsByVariant([
      hold("v_morel", 2, "2026-12-06T06:10:00.000Z"),
      hold("v_honey", 1, "2026-12-06T06:08:00.000Z"),
      hold("v_morel", 1, "2026-12-06T06:04:00.000Z"),
    ])
    expect(byVariant.get("v_morel")).toEqual({ variantId: "v_morel", quantity: 3, expiresAtMs: T0 + 4 * 60_000 })
    expect(byVariant.get("v_honey")).toEqual({ variantId: "v_honey", quantity: 1, expiresAtMs: T0 + 8 * 60_000 })
    expect(byVariant.size).toBe(2)
  })

  it("skips a hold whose end is not a date rather than counting down to NaN", () => {
    expect(holdsByVariant([hold("v_morel", 1, "soon")]).size).toBe(0)
  })
})

describe("clockOffsetMs", () => {
  it("is how far the server is ahead, against the middle of the round trip", () => {
    // The phone is 3 minutes slow: it sent at T0 - 3 min + 0 and heard back 400 ms later; the server read T0 + 200 ms.
    const sent = T0 - 180_000
    expect(clockOffsetMs("2026-12-06T06:00:00.200Z", sent, sent + 400)).toBe(180_000)
  })

  it("is negative for a phone whose clock runs ahead", () => {
    expect(clockOffsetMs("2026-12-06T06:00:00.000Z", T0 + 60_000, T0 + 60_000)).toBe(-60_000)
  })

  it("trusts the phone when the server's clock is unreadable", () => {
    expect(clockOffsetMs("", T0, T0 + 100)).toBe(0)
  })
})

describe("remainingMs", () => {
  it("reads the phone's clock on the server's", () => {
    const expiresAt = T0 + 10 * 60_000
    // A phone 3 minutes slow still sees 10 minutes at T0 (server time), not 13.
    expect(remainingMs(expiresAt, T0 - 180_000, 180_000)).toBe(600_000)
    expect(remainingMs(expiresAt, T0 + 60_000, -60_000)).toBe(600_000)
  })

  it("stops at zero", () => {
    expect(remainingMs(T0, T0 + 5_000, 0)).toBe(0)
  })
})

describe("formatRemaining", () => {
  it.each([
    [600_000, "10:00"],
    [599_001, "10:00"],
    [582_000, "9:42"],
    [581_001, "9:42"],
    [65_000, "1:05"],
    [5_000, "0:05"],
    [1, "0:01"],
    [0, "0:00"],
    [-3_000, "0:00"],
    [3_723_000, "1:02:03"],
  ])("%i ms reads %s", (ms, text) => {
    expect(formatRemaining(ms)).toBe(text)
  })
})

describe("holdAnnouncement", () => {
  it.each([
    [600_000, "none"],
    [300_001, "none"],
    [300_000, "fiveMinutes"],
    [60_001, "fiveMinutes"],
    [60_000, "oneMinute"],
    [1, "oneMinute"],
    [0, "ended"],
  ] as const)("%i ms left says %s", (ms, said) => {
    expect(holdAnnouncement(ms)).toBe(said)
  })
})

describe("holdDisplay", () => {
  const line = { variantId: "v_morel", quantity: 2, expiresAtMs: T0 + 600_000 }

  it("counts down a running hold", () => {
    expect(holdDisplay(line, null, T0, false)).toEqual({ kind: "running", expiresAtMs: T0 + 600_000 })
  })

  it("says ended for a hold past its end, whether the server still lists it or has released it", () => {
    expect(holdDisplay(line, line, T0 + 600_000, false)).toEqual({ kind: "ended" })
    expect(holdDisplay(undefined, line, T0 + 600_001, false)).toEqual({ kind: "ended" })
  })

  it("says ended for a line still at its live price that the server holds nothing for (opened after the end)", () => {
    expect(holdDisplay(undefined, null, T0, true)).toEqual({ kind: "ended" })
  })

  it("shows nothing for a line without a hold at the shelf price, or whose hold was released before its end", () => {
    expect(holdDisplay(undefined, null, T0, false)).toBeNull()
    expect(holdDisplay(undefined, line, T0 + 60_000, false)).toBeNull()
  })
})

describe("holdSecondsLeft", () => {
  it("is the time to the last hold's end by the server's clock, rounded up", () => {
    const holds = [hold("v_morel", 1, "2026-12-06T06:04:00.000Z"), hold("v_honey", 1, "2026-12-06T06:10:00.000Z")]
    expect(holdSecondsLeft(holds, "2026-12-06T06:00:00.500Z")).toBe(600)
  })

  it("is 0 with no hold, holds already ended, or an unreadable clock", () => {
    expect(holdSecondsLeft([], "2026-12-06T06:00:00.000Z")).toBe(0)
    expect(holdSecondsLeft([hold("v_morel", 1, "2026-12-06T05:59:00.000Z")], "2026-12-06T06:00:00.000Z")).toBe(0)
    expect(holdSecondsLeft([hold("v_morel", 1, "2026-12-06T06:10:00.000Z")], "later")).toBe(0)
  })
})
