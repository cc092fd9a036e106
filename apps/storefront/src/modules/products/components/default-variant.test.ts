import { describe, expect, it } from "vitest"
import { defaultVariantId, isSoldOut } from "./default-variant"

const sizes = [
  { id: "v500", price: { formatted: "¥9.90" } },
  { id: "v2500", price: { formatted: "¥39.90" } },
  { id: "v5000", price: { formatted: "¥69.90" } },
]

describe("the size selected by default", () => {
  it("is the first size while stock is still loading", () => {
    expect(defaultVariantId(sizes, undefined)).toBe("v500")
  })

  it("skips sold-out sizes", () => {
    expect(defaultVariantId(sizes, { v500: 0, v2500: -12, v5000: 3 })).toBe("v5000")
  })

  it("counts untracked stock as available", () => {
    expect(defaultVariantId(sizes, { v500: 0, v2500: null, v5000: 0 })).toBe("v2500")
  })

  it("skips a size without a price, and falls back to the first priced size when all are sold out", () => {
    expect(defaultVariantId([{ id: "free" }, ...sizes], { free: 5, v500: 2 })).toBe("v500")
    expect(defaultVariantId(sizes, { v500: 0, v2500: 0, v5000: 0 })).toBe("v500")
    expect(defaultVariantId([], undefined)).toBe("")
  })

  it("treats zero or less as sold out, unknown and untracked as not", () => {
    expect(isSoldOut({ a: 0, b: -1, c: 1, d: null }, "a")).toBe(true)
    expect(isSoldOut({ a: 0, b: -1, c: 1, d: null }, "b")).toBe(true)
    expect(isSoldOut({ a: 0, b: -1, c: 1, d: null }, "c")).toBe(false)
    expect(isSoldOut({ a: 0, b: -1, c: 1, d: null }, "d")).toBe(false)
    expect(isSoldOut(undefined, "a")).toBe(false)
  })
})
