import { describe, expect, it } from "vitest"
import { errorsByField } from "@/lib/schemas/field-errors"
import {
  forgotPasswordPath,
  isResetActor,
  looksLikeToken,
  minutesToWait,
  newPasswordSchema,
  requestOutcome,
  requestResetSchema,
  RESET_FIELD_ERRORS,
  signInPath,
  updateOutcome,
} from "./schemas"

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? {} : errorsByField(RESET_FIELD_ERRORS, result.error!.issues)

describe("requestResetSchema", () => {
  it("lower-cases and trims the email", () => {
    expect(requestResetSchema.parse({ email: "  Yuanda@Demo.Fengshou.LOCAL " })).toEqual({
      email: "yuanda@demo.fengshou.local",
    })
  })
  it("names the email when it is not one", () => {
    expect(errorsOf(requestResetSchema.safeParse({ email: "yuanda" }))).toEqual({ email: "emailInvalid" })
    expect(errorsOf(requestResetSchema.safeParse({}))).toEqual({ email: "required" })
  })
})

describe("newPasswordSchema", () => {
  it("takes 8 to 128 characters typed twice the same", () => {
    expect(newPasswordSchema.parse({ password: "12345678", confirm: "12345678" })).toEqual({
      password: "12345678",
      confirm: "12345678",
    })
  })
  it("refuses fewer than 8 characters, like sign-up", () => {
    expect(errorsOf(newPasswordSchema.safeParse({ password: "1234567", confirm: "1234567" }))).toEqual({
      password: "passwordTooShort",
    })
  })
  it("refuses more than 128 characters", () => {
    const long = "x".repeat(129)
    expect(errorsOf(newPasswordSchema.safeParse({ password: long, confirm: long }))).toEqual({ password: "tooLong" })
  })
  it("puts a mismatch on the confirm field", () => {
    expect(errorsOf(newPasswordSchema.safeParse({ password: "12345678", confirm: "12345679" }))).toEqual({
      confirm: "passwordsDiffer",
    })
    expect(errorsOf(newPasswordSchema.safeParse({ password: "12345678", confirm: "" }))).toEqual({
      confirm: "required",
    })
  })
})

describe("requestOutcome", () => {
  it("answers the same for every 2xx: the backend says 201 whether or not the account exists", () => {
    expect(requestOutcome({ status: 201, body: {} })).toEqual({ ok: true })
    expect(requestOutcome({ status: 200, body: {} })).toEqual({ ok: true })
  })
  it("passes on the throttle's wait, and a sensible one when the body has none", () => {
    expect(requestOutcome({ status: 429, body: { retry_after_seconds: 754 } })).toEqual({
      ok: false,
      error: "throttled",
      retryAfterSeconds: 754,
    })
    expect(requestOutcome({ status: 429, body: { retry_after_seconds: "soon" } })).toMatchObject({
      retryAfterSeconds: 60,
    })
  })
  it("puts a 400 on the email field, a 5xx as unavailable, anything else as rejected", () => {
    expect(requestOutcome({ status: 400, body: { message: "Invalid request" } })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { email: "emailInvalid" },
    })
    expect(requestOutcome({ status: 503, body: {} })).toEqual({ ok: false, error: "unavailable" })
    expect(requestOutcome({ status: 404, body: {} })).toEqual({ ok: false, error: "rejected" })
  })
})

describe("updateOutcome", () => {
  it("reads a 401 (expired, used or forged token) as an expired link", () => {
    expect(updateOutcome({ status: 200, body: { success: true } })).toEqual({ ok: true })
    expect(updateOutcome({ status: 401, body: { message: "Invalid token" } })).toEqual({ ok: false, error: "expired" })
    expect(updateOutcome({ status: 500, body: {} })).toEqual({ ok: false, error: "unavailable" })
    expect(updateOutcome({ status: 400, body: {} })).toEqual({ ok: false, error: "rejected" })
  })
})

describe("actors, paths and tokens", () => {
  it("knows the four actors and nothing else", () => {
    expect(["customer", "cooperative", "host", "official"].every(isResetActor)).toBe(true)
    expect(isResetActor("user")).toBe(false)
    expect(isResetActor(undefined)).toBe(false)
  })
  it("leads each actor back to where the emails send them", () => {
    expect(signInPath("customer")).toBe("/account")
    expect(forgotPasswordPath("customer")).toBe("/account/forgot-password")
    expect(forgotPasswordPath("host")).toBe("/portal/host/forgot-password")
  })
  it("takes only the shape of a JWT as a token", () => {
    expect(looksLikeToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")).toBe(true)
    expect(looksLikeToken("not-a-token")).toBe(false)
    expect(looksLikeToken("a.b.c d")).toBe(false)
    expect(looksLikeToken(42)).toBe(false)
  })
  it("never shows a wait of 0 minutes", () => {
    expect(minutesToWait(1)).toBe(1)
    expect(minutesToWait(60)).toBe(1)
    expect(minutesToWait(61)).toBe(2)
  })
})
