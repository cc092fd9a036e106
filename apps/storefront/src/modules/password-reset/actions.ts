"use server"
// Asking for a reset link and setting a new password, for a shopper or any console's staff. Both are public
// endpoints (server actions) taken by someone signed out: the actor is checked against the four, the values against
// the forms' own schemas, and the backend's answer becomes a key the page shows; no account's existence leaks.
import { requestPasswordReset, updatePassword } from "@/lib/data/password-reset"
import { BackendUnavailableError } from "@/lib/medusa"
import {
  isResetActor,
  looksLikeToken,
  RESET_FIELD_ERRORS,
  newPasswordSchema,
  requestOutcome,
  requestResetSchema,
  updateOutcome,
  type ResetActor,
  type ResetFieldError,
  type ResetResult,
} from "@/lib/password-reset/schemas"
import { errorsByField } from "@/lib/schemas/field-errors"

type Issues = { path: PropertyKey[]; message: string }[]
const invalid = (issues: Issues): ResetResult => ({
  ok: false,
  error: "invalid",
  fieldErrors: errorsByField(RESET_FIELD_ERRORS, issues) as Record<string, ResetFieldError>,
})

async function answered(actor: ResetActor, context: string, call: () => Promise<ResetResult>): Promise<ResetResult> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof BackendUnavailableError) return { ok: false, error: "unavailable" }
    console.warn(`[storefront] ${actor} ${context} failed:`, error instanceof Error ? error.message : error)
    return { ok: false, error: "rejected" }
  }
}

export async function requestReset(
  actor: ResetActor,
  locale: string,
  values: Record<string, string>,
): Promise<ResetResult> {
  if (!isResetActor(actor)) return { ok: false, error: "rejected" }
  const parsed = requestResetSchema.safeParse(values)
  if (!parsed.success) return invalid(parsed.error.issues)
  const emailLocale = locale === "en" ? "en" : "zh-CN"
  return answered(actor, "password reset request", async () =>
    requestOutcome(await requestPasswordReset(actor, parsed.data.email, emailLocale)),
  )
}

export async function resetPassword(
  actor: ResetActor,
  token: string,
  values: Record<string, string>,
): Promise<ResetResult> {
  if (!isResetActor(actor)) return { ok: false, error: "rejected" }
  if (!looksLikeToken(token)) return { ok: false, error: "expired" }
  const parsed = newPasswordSchema.safeParse(values)
  if (!parsed.success) return invalid(parsed.error.issues)
  return answered(actor, "password update", async () =>
    updateOutcome(await updatePassword(actor, token, parsed.data.password)),
  )
}
