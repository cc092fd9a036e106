import { describe, expect, it } from "vitest"
import { ORDER_TOKEN_TTL_SECONDS, signOrderToken, verifyOrderToken } from "./order-token"

const SECRET = "a-test-secret-of-at-least-thirty-two-chars"
const NOW = Date.UTC(2026, 11, 5, 12, 0, 0)

describe("order token", () => {
  const token = signOrderToken("order_A", SECRET, NOW)

  it("is valid for its order within 24 h", () => {
    expect(verifyOrderToken(token, "order_A", SECRET, NOW)).toBe(true)
    expect(verifyOrderToken(token, "order_A", SECRET, NOW + (ORDER_TOKEN_TTL_SECONDS - 1) * 1000)).toBe(true)
  })

  it("is invalid once expired", () => {
    expect(verifyOrderToken(token, "order_A", SECRET, NOW + ORDER_TOKEN_TTL_SECONDS * 1000)).toBe(false)
  })

  it("is invalid for another order or under another secret", () => {
    expect(verifyOrderToken(token, "order_B", SECRET, NOW)).toBe(false)
    expect(verifyOrderToken(token, "order_A", `${SECRET}x`, NOW)).toBe(false)
  })

  it("is invalid when tampered with", () => {
    const [expires, sig] = token.split(".") as [string, string]
    // A later expiry with the old signature.
    expect(verifyOrderToken(`${Number(expires) + 3600}.${sig}`, "order_A", SECRET, NOW)).toBe(false)
    const flipped = sig.slice(0, -1) + (sig.endsWith("A") ? "B" : "A")
    expect(verifyOrderToken(`${expires}.${flipped}`, "order_A", SECRET, NOW)).toBe(false)
    for (const bad of ["", ".", `${expires}.`, token + "x", undefined, 42, "x".repeat(500)])
      expect(verifyOrderToken(bad, "order_A", SECRET, NOW)).toBe(false)
  })
})
