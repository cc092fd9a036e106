import { describe, expect, it } from "vitest"
import {
  childPrefixLength,
  divisionLevel,
  isDivisionCode,
  isDivisionPrefix,
  isWithinScope,
  parentDivision,
  toScopePrefix,
} from "./division-code"

describe("administrative division codes", () => {
  it("checks the 12-digit shape only", () => {
    expect(isDivisionCode("231223111204")).toBe(true) // 兴东村
    expect(isDivisionCode("23122311120")).toBe(false)
    expect(isDivisionCode("23122311120X")).toBe(false)
    expect(isDivisionCode("000000000000")).toBe(false)
    expect(isDivisionCode(231223111204)).toBe(false)
  })

  it.each([
    ["230000000000", 2],
    ["231200000000", 4],
    ["231223000000", 6],
    ["231223111000", 9],
    ["231223111204", 12],
    ["441900003000", 9], // 东莞 has no county level: the town sits under a zero county segment
  ] as const)("reads %s as level %i", (code, level) => {
    expect(divisionLevel(code)).toBe(level)
  })

  it("walks up to the enclosing region", () => {
    expect(parentDivision("231223111204")).toBe("231223111000")
    expect(parentDivision("231223111000")).toBe("231223000000")
    expect(parentDivision("231200000000")).toBe("230000000000")
    expect(parentDivision("230000000000")).toBeNull()
    expect(parentDivision("441900003000")).toBe("441900000000")
    expect(() => parentDivision("2312")).toThrowError(expect.objectContaining({ code: "invalid_division_code" }))
  })

  it("scopes by prefix or by full code", () => {
    expect(isWithinScope("231223111204", "23")).toBe(true)
    expect(isWithinScope("231223111204", "2312")).toBe(true)
    expect(isWithinScope("231085101207", "2312")).toBe(false)
    expect(isWithinScope("231223111204", "230000000000")).toBe(true)
    expect(isWithinScope("231223111204", "231223111204")).toBe(true)
    expect(isWithinScope("231223111205", "231223111204")).toBe(false)
    expect(toScopePrefix("231223000000")).toBe("231223")
    expect(() => isWithinScope("231223111204", "231")).toThrowError("prefix of 2, 4, 6, 9 or 12 digits")
    expect(isDivisionPrefix("2312231")).toBe(false)
    expect(isDivisionPrefix("231223111")).toBe(true)
  })

  it("groups one level down, and a village stays a village", () => {
    expect([0, 2, 4, 6, 9, 12].map(childPrefixLength)).toEqual([2, 4, 6, 9, 12, 12])
  })
})
