import { describe, expect, it } from "vitest"
import { capMaxOf, consentNeeded, limitsBroken, nextConsent, offerSells } from "./consent"

describe("live offer consent", () => {
  const limits = { live_floor_fen: 5000, live_cap_max: 100 }

  it("needs the cooperative only outside its floor or cap, and says which", () => {
    expect(consentNeeded({ live_price_fen: 5000, stock_cap: 100 }, limits)).toBeNull()
    expect(consentNeeded({ live_price_fen: 4999, stock_cap: 100 }, limits)).toBe(
      "live price ¥49.99 is below the cooperative's floor ¥50.00",
    )
    expect(consentNeeded({ live_price_fen: 6000, stock_cap: 101 }, limits)).toBe(
      "cap 101 is above the cooperative's largest live cap 100",
    )
    expect(consentNeeded({ live_price_fen: 1, stock_cap: 100_000 }, null)).toBeNull()
    // No floor set: only a free offer needs approval.
    expect(consentNeeded({ live_price_fen: 0, stock_cap: 1 }, null)).toMatch(/below the cooperative's floor ¥0\.01/)
  })

  it("names the limits broken for screens to say in their language", () => {
    expect(limitsBroken({ live_price_fen: 4000, stock_cap: 120 }, limits)).toEqual({
      consent_floor_fen: 5000,
      consent_cap_max: 100,
    })
    expect(limitsBroken({ live_price_fen: 5000, stock_cap: 100 }, limits)).toEqual({
      consent_floor_fen: null,
      consent_cap_max: null,
    })
  })

  it("keeps an approval only for the figures approved", () => {
    const approved = { status: "approved" as const, approved_price_fen: 4000, approved_cap: 100 }
    expect(nextConsent("below floor", approved, { live_price_fen: 4000, stock_cap: 100 })).toBe("approved")
    expect(nextConsent("below floor", approved, { live_price_fen: 3900, stock_cap: 100 })).toBe("pending")
    expect(nextConsent(null, approved, { live_price_fen: 6000, stock_cap: 100 })).toBe("not_needed")
    expect(nextConsent("below floor", null, { live_price_fen: 4000, stock_cap: 100 })).toBe("pending")
  })

  it("sells only consented offers that are not paused", () => {
    expect(offerSells({ consent_status: null, paused_reason: null })).toBe(true)
    expect(offerSells({ consent_status: "approved", paused_reason: null })).toBe(true)
    for (const status of ["pending", "declined"])
      expect(offerSells({ consent_status: status, paused_reason: null })).toBe(false)
    expect(offerSells({ consent_status: "not_needed", paused_reason: "under the floor" })).toBe(false)
  })

  it("reads a cap only as a whole number of at least 1", () => {
    expect(capMaxOf({ live_cap_max: 50 })).toBe(50)
    for (const bad of [0, 2.5, "50", null]) expect(capMaxOf({ live_cap_max: bad })).toBeNull()
  })
})
