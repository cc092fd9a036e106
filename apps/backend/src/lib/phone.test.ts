import { describe, expect, it } from "vitest"
import { normalizeMobile } from "./phone"

describe("normalizeMobile", () => {
  it("drops separators and the country code, keeps anything else as typed", () => {
    for (const typed of [
      "13900139000",
      "+86 139 0013 9000",
      "+86-139-0013-9000",
      "0086 13900139000",
      "86 139-0013-9000",
    ])
      expect(normalizeMobile(typed)).toBe("13900139000")
    expect(normalizeMobile("8613900139000")).toBe("13900139000")
    // A landline or a short number is not a mobile: left alone, so it never matches one.
    expect(normalizeMobile("010-8888 6666")).toBe("01088886666")
    expect(normalizeMobile("86123")).toBe("86123")
    expect(normalizeMobile(null)).toBe("")
  })
})
