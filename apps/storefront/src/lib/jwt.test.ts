import { describe, expect, it } from "vitest"
import { tokenLifetimeSeconds } from "./jwt"

const jwt = (payload: unknown) =>
  ["e30", Buffer.from(JSON.stringify(payload)).toString("base64url"), "signature"].join(".")

describe("tokenLifetimeSeconds", () => {
  it("counts the seconds left until exp", () => {
    expect(tokenLifetimeSeconds(jwt({ exp: 1_000_100 }), 1_000_000_000)).toBe(100)
  })

  it("never goes negative for an expired token", () => {
    expect(tokenLifetimeSeconds(jwt({ exp: 10 }), 1_000_000_000)).toBe(0)
  })

  it.each([
    ["no exp", jwt({ sub: "x" })],
    ["garbage", "not-a-token"],
    ["bad json", "a.bm90IGpzb24.c"],
  ])("is null for %s", (_, token) => {
    expect(tokenLifetimeSeconds(token)).toBeNull()
  })
})
