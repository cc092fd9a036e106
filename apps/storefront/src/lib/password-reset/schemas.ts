// Forgetting a password, for a shopper and for the consoles' staff: who may ask, what the forms accept (the new
// password follows the sign-up rule) and what the backend's answers mean to the person reading the page.
import { z } from "zod"
import { registerSchema } from "@/lib/schemas/account"

// console-session.ts is server-only; the forms that import this run in the browser.
export const RESET_ACTORS = ["customer", "cooperative", "host", "official"] as const
export type ResetActor = (typeof RESET_ACTORS)[number]

export const isResetActor = (value: unknown): value is ResetActor =>
  typeof value === "string" && (RESET_ACTORS as readonly string[]).includes(value)

/** Where an actor signs in and asks again: the account page for a shopper, the actor's console for staff. */
export const signInPath = (actor: ResetActor) => (actor === "customer" ? "/account" : `/portal/${actor}`)
export const forgotPasswordPath = (actor: ResetActor) => `${signInPath(actor)}/forgot-password`

export const RESET_FIELD_ERRORS = [
  "required",
  "tooLong",
  "emailInvalid",
  "passwordTooShort",
  "passwordsDiffer",
] as const
export type ResetFieldError = (typeof RESET_FIELD_ERRORS)[number]

export const requestResetSchema = registerSchema.pick({ email: true })

export const newPasswordSchema = z
  .object({ password: registerSchema.shape.password, confirm: z.string().min(1, "required") })
  .refine((values) => values.password === values.confirm, { path: ["confirm"], message: "passwordsDiffer" })

export type ResetFailure = {
  ok: false
  error: "invalid" | "throttled" | "expired" | "unavailable" | "rejected"
  fieldErrors?: Record<string, ResetFieldError>
  /** With "throttled": when the backend lets this account and address ask again. */
  retryAfterSeconds?: number
}
export type ResetResult = { ok: true } | ResetFailure

/** A backend answer to a reset request or a password update: its status and its JSON body (empty when none). */
export type BackendAnswer = { status: number; body: Record<string, unknown> }

const retryAfter = (body: Record<string, unknown>) => {
  const seconds = body.retry_after_seconds
  return typeof seconds === "number" && Number.isInteger(seconds) && seconds > 0 ? seconds : 60
}

/**
 * POST /auth/{actor}/emailpass/reset-password answers 201 whether or not the account exists, so every success reads
 * the same; the throttle's 429 says when to try again; a 400 is the address the backend would not take.
 */
export function requestOutcome({ status, body }: BackendAnswer): ResetResult {
  if (status >= 200 && status < 300) return { ok: true }
  if (status === 429) return { ok: false, error: "throttled", retryAfterSeconds: retryAfter(body) }
  if (status === 400) return { ok: false, error: "invalid", fieldErrors: { email: "emailInvalid" } }
  if (status >= 500) return { ok: false, error: "unavailable" }
  return { ok: false, error: "rejected" }
}

/** POST /auth/{actor}/emailpass/update: a 401 is a token that expired, was used already or was never issued. */
export function updateOutcome({ status }: BackendAnswer): ResetResult {
  if (status >= 200 && status < 300) return { ok: true }
  if (status === 401 || status === 403) return { ok: false, error: "expired" }
  if (status >= 500) return { ok: false, error: "unavailable" }
  return { ok: false, error: "rejected" }
}

/** A reset token is a JWT (three base64url parts); anything else would only be refused by the backend. */
export const looksLikeToken = (token: unknown): token is string =>
  typeof token === "string" && token.length <= 4096 && /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)

/** Minutes to show for a wait in seconds: never "0 minutes". */
export const minutesToWait = (seconds: number) => Math.max(1, Math.ceil(seconds / 60))
