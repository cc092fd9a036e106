import { describe, expect, it } from "vitest"
import { maskMobile, mobileSchema, normalizeMobile } from "./phone"

describe("normalizeMobile", () => {
  it.each([
    ["13800138000", "13800138000"],
    ["138 0013 8000", "13800138000"],
    ["138-0013-8000", "13800138000"],
    ["+86 138 0013 8000", "13800138000"],
    ["+86-13800138000", "13800138000"],
    ["8613800138000", "13800138000"],
    ["86 138 0013 8000", "13800138000"],
    ["0086 13800138000", "13800138000"],
    ["１３８００１３８０００", "13800138000"],
    ["＋８６ 13800138000", "13800138000"],
    ["138\u20140013\u20148000", "13800138000"],
  ])("turns %j into %s", (raw, mobile) => {
    expect(normalizeMobile(raw)).toBe(mobile)
  })

  it("keeps an 11-digit number that happens to start with 86 as it is", () => {
    expect(normalizeMobile("86138001380")).toBe("86138001380")
  })
})

describe("mobileSchema", () => {
  it.each(["13800138000", "19912345678", "+86 152 1234 5678", "86-177-0000-0000"])("accepts %s", (raw) => {
    expect(mobileSchema.safeParse(raw).success).toBe(true)
  })

  it("returns the normalized number", () => {
    expect(mobileSchema.parse(" +86 138-0013-8000 ")).toBe("13800138000")
  })

  it.each([
    ["too short", "1380013800"],
    ["too long", "138001380001"],
    ["second digit 2", "12800138000"],
    ["second digit 0", "10800138000"],
    ["not starting with 1", "23800138000"],
    ["a landline", "010-12345678"],
    ["letters", "1380013800a"],
    ["a foreign prefix", "+1 13800138000"],
  ])("rejects %s", (_, raw) => {
    const result = mobileSchema.safeParse(raw)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe("phoneInvalid")
  })

  it("says required for an empty field", () => {
    expect(mobileSchema.safeParse("  ").error?.issues[0]?.message).toBe("required")
  })
})

describe("maskMobile", () => {
  it("hides the middle four digits", () => {
    expect(maskMobile("13800138000")).toBe("138****8000")
  })

  it("leaves anything that is not a mobile number alone", () => {
    expect(maskMobile("010-1234")).toBe("010-1234")
  })
})
