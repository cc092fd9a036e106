// The consoles' server-side writes: validate with the form's own schema, call the backend with the actor's token
// from its httpOnly cookie, and answer an error key (never a stack) the form shows in the actor's language.
import "server-only"
import type { ZodType } from "zod"
import { ConsoleApiError } from "@/lib/data/console-fetch"
import { clearConsoleToken, getConsoleToken, setConsoleToken, type ConsoleActor } from "@/lib/console-session"
import { mapBackendError } from "@/lib/cooperative/backend-errors"
import { cooperativeFieldErrors } from "@/lib/cooperative/schemas"
import { hostFieldErrors } from "@/lib/host/schemas"
import { BackendUnavailableError } from "@/lib/medusa"
import type { ConsoleFailure, ConsoleResult } from "./result"

type Issues = { path: PropertyKey[]; message: string }[]
type Actor<A extends ConsoleActor> = {
  fieldErrors: (issues: Issues) => ConsoleFailure<A>["fieldErrors"]
  /** What a 4xx of the backend (other than a 401 on a write) tells the form. */
  refused: (error: ConsoleApiError) => ConsoleFailure<A>
}

const ACTORS: { [A in ConsoleActor]: Actor<A> } = {
  // A known refusal goes next to its field or names the problem; only an unknown one shows the backend's sentence.
  cooperative: {
    fieldErrors: cooperativeFieldErrors,
    refused: (error) => {
      const mapped = mapBackendError(error.status, error.message)
      if (mapped.field) return { ok: false, error: "invalid", fieldErrors: { [mapped.field[0]]: mapped.field[1] } }
      const form = mapped.form ?? "rejected"
      return form === "rejected" ? { ok: false, error: form, detail: error.message } : { ok: false, error: form }
    },
  },
  // The host reads the backend's sentence: why they may not sell yet, or what to change.
  host: {
    fieldErrors: hostFieldErrors,
    refused: (error) => ({
      ok: false,
      error: error.status === 403 ? "notApproved" : "rejected",
      detail: error.message,
    }),
  },
  official: {
    fieldErrors: cooperativeFieldErrors,
    refused: (error) => ({ ok: false, error: "rejected", detail: error.message }),
  },
}

function failed<A extends ConsoleActor>(
  actor: A,
  error: unknown,
  context: string,
  refused: (error: ConsoleApiError) => ConsoleFailure<A>,
): ConsoleFailure<A> {
  if (error instanceof ConsoleApiError) return refused(error)
  if (error instanceof BackendUnavailableError) return { ok: false, error: "unavailable" }
  console.warn(`[storefront] ${actor} ${context} failed:`, error instanceof Error ? error.message : error)
  return { ok: false, error: "rejected" }
}

/** Validates, then runs the write with the actor's token; a 401 forgets the token so the page shows the login. */
export async function write<A extends ConsoleActor, T>(
  actor: A,
  schema: ZodType<T>,
  values: unknown,
  context: string,
  run: (token: string, input: T) => Promise<string | void>,
): Promise<ConsoleResult<A>> {
  const parsed = schema.safeParse(values)
  if (!parsed.success)
    return { ok: false, error: "invalid", fieldErrors: ACTORS[actor].fieldErrors(parsed.error.issues) }
  const token = await getConsoleToken(actor)
  if (!token) return { ok: false, error: "signedOut" }
  try {
    const id = await run(token, parsed.data)
    return id ? { ok: true, id } : { ok: true }
  } catch (error) {
    if (error instanceof ConsoleApiError && error.status === 401) {
      await clearConsoleToken(actor)
      return { ok: false, error: "signedOut" }
    }
    return failed(actor, error, context, ACTORS[actor].refused)
  }
}

/**
 * Validates, then opens a session with the backend (sign-in, or the host's sign-up) and keeps the token it answers in
 * the actor's cookie. `known` names a refusal this step understands (by default a 401: wrong email or password).
 */
export async function openSession<A extends ConsoleActor, T>(
  actor: A,
  schema: ZodType<T>,
  values: unknown,
  context: string,
  open: (input: T) => Promise<string>,
  known: (error: ConsoleApiError) => ConsoleFailure<A> | null = (error) =>
    error.status === 401 ? { ok: false, error: "invalidCredentials" } : null,
): Promise<ConsoleResult<A>> {
  const parsed = schema.safeParse(values)
  if (!parsed.success)
    return { ok: false, error: "invalid", fieldErrors: ACTORS[actor].fieldErrors(parsed.error.issues) }
  try {
    await setConsoleToken(actor, await open(parsed.data))
    return { ok: true }
  } catch (error) {
    return failed(actor, error, context, (refusal) => known(refusal) ?? ACTORS[actor].refused(refusal))
  }
}
