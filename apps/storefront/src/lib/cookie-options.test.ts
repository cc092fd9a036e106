import { describe, expect, it } from "vitest"
import { sessionCookieOptions } from "./cookie-options"

const options = (nodeEnv: string | undefined, forwardedProto: string | null = null) =>
  sessionCookieOptions({ maxAge: 60, nodeEnv, forwardedProto })

describe("sessionCookieOptions", () => {
  it("is Secure in production even without a forwarded protocol", () => {
    expect(options("production")).toEqual({ httpOnly: true, sameSite: "lax", secure: true, path: "/", maxAge: 60 })
    expect(options("production", "http").secure).toBe(true)
  })

  it("is not Secure in development over http, so `next dev` keeps its session", () => {
    expect(options("development")).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/", maxAge: 60 })
    expect(options("development", "http").secure).toBe(false)
    expect(options(undefined).secure).toBe(false)
  })

  it("is Secure in development behind an HTTPS proxy, reading the first hop", () => {
    expect(options("development", "https").secure).toBe(true)
    expect(options("development", "https, http").secure).toBe(true)
    expect(options("development", "http, https").secure).toBe(false)
  })
})
