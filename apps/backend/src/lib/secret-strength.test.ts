import { randomBytes } from "node:crypto"
import fc from "fast-check"
import { secretWeakness, shannonBits, shortestPeriod } from "./secret-strength"

describe("secretWeakness", () => {
  it("refuses what a length rule alone lets through", () => {
    expect(secretWeakness("a".repeat(64), 32)).toBe("repeats one character")
    expect(secretWeakness("changeme".repeat(8), 32)).toBe("repeats a pattern of 8 characters")
    expect(secretWeakness("0123456789abcdef".repeat(2), 32)).toBe("repeats a pattern of 16 characters")
    expect(secretWeakness("a".repeat(56) + "b".repeat(8), 32)).toMatch(/too little entropy \(34 bits.*at least 48/)
    expect(secretWeakness("supersecret", 32)).toBe("is shorter than 32 characters")
  })

  it("accepts what `openssl rand` makes, at the minimum length and above", () => {
    for (let i = 0; i < 2000; i += 1) {
      expect(secretWeakness(randomBytes(16).toString("hex"), 32)).toBeNull()
      expect(secretWeakness(randomBytes(32).toString("hex"), 32)).toBeNull()
      expect(secretWeakness(randomBytes(24).toString("base64"), 32)).toBeNull()
      expect(secretWeakness(randomBytes(8).toString("hex"), 16)).toBeNull()
    }
  })

  it("accepts a random secret repeated, once the unit alone is long enough", () => {
    const unit = randomBytes(16).toString("hex")
    expect(secretWeakness(unit + unit, 32)).toBeNull()
  })

  it("refuses any value shorter than the minimum, and any repetition of a shorter unit", () => {
    fc.assert(fc.property(fc.string({ maxLength: 31, unit: "binary" }), (s) => secretWeakness(s, 32) !== null))
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 31, unit: "binary" }),
        fc.integer({ min: 2, max: 40 }),
        (unit, times) => secretWeakness(unit.repeat(Math.max(times, Math.ceil(32 / unit.length) + 1)), 32) !== null,
      ),
    )
  })
})

describe("shortestPeriod and shannonBits", () => {
  it("find the repeating unit, even with the last copy cut short, and count bits by frequency", () => {
    expect(shortestPeriod([..."abcabcab"])).toBe(3)
    expect(shortestPeriod([..."abcd"])).toBe(4)
    expect(shannonBits([..."abab"])).toBe(4)
    expect(shannonBits([..."aaaa"])).toBe(0)
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 6 }), (unit, times) => {
        return shortestPeriod([...unit.repeat(times)]) <= [...unit].length
      }),
    )
  })
})
