import { describe, expect, it } from "vitest"
import { ReliefCoreError } from "./errors"
import { assertGrams, GRAMS_PER_JIN, gramsToJin, gramsToKg } from "./units"

describe("units", () => {
  it("uses the statutory 500 g jin", () => {
    expect(GRAMS_PER_JIN).toBe(500)
    expect(gramsToJin(2500)).toBe(5) // 昌盛小米 2.5 kg bag
    expect(gramsToJin(250)).toBe(0.5)
    expect(gramsToKg(2500)).toBe(2.5)
    expect(gramsToKg(0)).toBe(0)
  })

  it("rejects fractional grams with a message that says what to fix", () => {
    expect(() => assertGrams(12.5)).toThrowError("quantity_g must be a non-negative whole number of grams, got 12.5")
    expect(() => gramsToKg(-1)).toThrowError(ReliefCoreError)
    expect(() => assertGrams(Number.NaN, "grams")).toThrowError("grams must be a non-negative whole number")
  })

  it("gives the error a stable code", () => {
    try {
      assertGrams("500")
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ReliefCoreError)
      expect((error as ReliefCoreError).code).toBe("invalid_grams")
    }
  })
})
