import { describe, expect, it } from "vitest"
import {
  CART_LINK_CODE_PATTERN,
  LIVE_CODE_ALPHABET,
  LIVE_PROMO_CODE_PATTERN,
  newLiveCode,
  newLivePromoCode,
} from "./live-code"

describe("live codes", () => {
  it("uses 32 distinct unambiguous characters", () => {
    expect(new Set(LIVE_CODE_ALPHABET).size).toBe(32)
    expect(LIVE_CODE_ALPHABET).not.toMatch(/[ILOU]/)
  })

  it("makes link and promotion codes of the documented shape that do not repeat", () => {
    const codes = Array.from({ length: 2000 }, newLiveCode)
    for (const code of codes) expect(code).toMatch(CART_LINK_CODE_PATTERN)
    expect(new Set(codes).size).toBe(codes.length)
    expect(newLivePromoCode()).toMatch(LIVE_PROMO_CODE_PATTERN)
  })

  it("draws every character of the alphabet", () => {
    const seen = new Set(Array.from({ length: 500 }, newLiveCode).join(""))
    expect(seen.size).toBe(32)
  })
})
