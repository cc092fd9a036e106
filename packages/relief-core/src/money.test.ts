import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { ReliefCoreError } from "./errors"
import { assertFen, assertNonNegativeFen, fenToGroupedYuanString, fenToYuanString, yuanToFen } from "./money"

describe("yuanToFen", () => {
  it.each([
    ["12.5", 1250],
    [12.5, 1250],
    ["0.1", 10],
    [39.9, 3990],
    [0.1 + 0.2, 30],
    ["12", 1200],
    ["12.", 1200],
    [".5", 50],
    ["1e2", 10000],
    ["-3.99", -399],
    [98000, 9800000],
  ] as const)("converts %j to %i fen", (input, fen) => {
    expect(yuanToFen(input)).toBe(fen)
  })

  it.each([
    ["0.005", 1],
    ["0.0049999", 0],
    ["19.995", 2000],
    ["-0.005", -1],
    ["-0.0049", 0],
    [1.005, 101], // String(1.005) is "1.005": digits as written, not the binary expansion below it
    [5e-7, 0],
  ] as const)("rounds %j half away from zero to %i fen", (input, fen) => {
    expect(yuanToFen(input)).toBe(fen)
  })

  it("never returns negative zero", () => {
    expect(Object.is(yuanToFen("-0.001"), 0)).toBe(true)
    expect(Object.is(yuanToFen(-0), 0)).toBe(true)
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, "", "abc", "1,000", " 1", "1e999", "90071992547409.92", "¥12"])(
    "rejects %j with a typed error",
    (input) => {
      expect(() => yuanToFen(input)).toThrowError(ReliefCoreError)
      try {
        yuanToFen(input)
      } catch (error) {
        expect((error as ReliefCoreError).code).toBe("invalid_money")
      }
    },
  )

  it("round-trips every safe number of fen through its yuan string", () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (fen) => yuanToFen(fenToYuanString(fen)) === fen))
  })

  it("recovers fen exactly from the float yuan a caller computed as fen / 100", () => {
    fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => yuanToFen(fen / 100) === fen))
  })

  it("rounds on the third decimal digit only", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 9 }), (fen, digit) => {
        const away = digit >= 5 ? 1 : 0
        const expected = fen < 0 ? fen - away : fen + away
        return yuanToFen(`${fenToYuanString(fen)}${digit}`) === expected
      }),
    )
  })
})

describe("fenToYuanString", () => {
  it.each([
    [1250, "12.50"],
    [3990, "39.90"],
    [0, "0.00"],
    [7, "0.07"],
    [-5, "-0.05"],
    [Number.MAX_SAFE_INTEGER, "90071992547409.91"],
  ])("formats %i fen as %s", (fen, text) => {
    expect(fenToYuanString(fen)).toBe(text)
  })

  it("rejects fractional fen", () => {
    expect(() => fenToYuanString(1.5)).toThrowError("amount_fen must be a whole number of fen, got 1.5")
  })
})

describe("fen assertions", () => {
  it("accepts safe integers and names the field when rejecting", () => {
    expect(() => assertFen(-12)).not.toThrow()
    expect(() => assertFen(2 ** 53, "net_fen")).toThrowError("net_fen must be a whole number of fen")
    expect(() => assertFen("12")).toThrowError(ReliefCoreError)
    expect(() => assertNonNegativeFen(-1, "net_fen")).toThrowError(
      "net_fen must be a non-negative whole number of fen, got -1",
    )
  })
})

describe("fenToGroupedYuanString", () => {
  it("groups thousands of the yuan only and keeps the sign and both decimals", () => {
    expect(fenToGroupedYuanString(0)).toBe("0.00")
    expect(fenToGroupedYuanString(-5)).toBe("-0.05")
    expect(fenToGroupedYuanString(99_999)).toBe("999.99")
    expect(fenToGroupedYuanString(100_000)).toBe("1,000.00")
    expect(fenToGroupedYuanString(-123_456_789)).toBe("-1,234,567.89")
  })

  it("reads back to the same fen once the separators are dropped", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        expect(yuanToFen(fenToGroupedYuanString(fen).replaceAll(",", ""))).toBe(fen)
      }),
    )
  })
})
