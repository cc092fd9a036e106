import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { assertCreditCode, creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from "./credit-code"

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const body17 = fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 17, maxLength: 17 })

describe("unified social credit code", () => {
  it("accepts the commonly cited example and codes built with their check character", () => {
    expect(isValidCreditCode("91350100M000100Y43")).toBe(true)
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3")
    // A farmers' cooperative (registration authority 9, type 3) in 青冈县 231223
    const coop = `93231223MA1B2C3D4${creditCodeCheckChar("93231223MA1B2C3D4")}`
    expect(isValidCreditCode(coop)).toBe(true)
  })

  it("maps a weighted sum of 0 mod 31 to check character 0, not 31", () => {
    expect(creditCodeCheckChar("00000000000000000")).toBe("0")
    expect(isValidCreditCode("000000000000000000")).toBe(true)
  })

  it.each([
    ["91350100M000100Y44", "wrong check character"],
    ["91350100M000100Y4", "17 characters"],
    ["91350100M000100Y433", "19 characters"],
    ["91350100m000100y43", "lower case (normalise first)"],
    ["91350100I000100Y43", "I is not in the charset"],
    [" 91350100M000100Y43", "leading space"],
  ])("rejects %s (%s)", (code) => {
    expect(isValidCreditCode(code)).toBe(false)
  })

  it("normalises what a person typed", () => {
    expect(isValidCreditCode(normalizeCreditCode(" 91350100m000100y43 "))).toBe(true)
  })

  it("names the field when asserting", () => {
    expect(() => assertCreditCode("123", "credit_code")).toThrowError(
      expect.objectContaining({ code: "invalid_credit_code", message: expect.stringContaining("credit_code must be") }),
    )
    expect(() => creditCodeCheckChar("IOSVZ")).toThrowError(expect.objectContaining({ code: "invalid_credit_code" }))
  })

  it("validates every code built with its check character and catches any single changed character", () => {
    fc.assert(
      fc.property(body17, fc.nat({ max: 17 }), fc.nat({ max: 29 }), (body, position, shift) => {
        const code = body + creditCodeCheckChar(body)
        expect(isValidCreditCode(code)).toBe(true)
        const original = code.charAt(position)
        const replacement = CHARSET.charAt((CHARSET.indexOf(original) + 1 + shift) % 31)
        const altered = code.slice(0, position) + replacement + code.slice(position + 1)
        expect(isValidCreditCode(altered)).toBe(false)
      }),
    )
  })
})
