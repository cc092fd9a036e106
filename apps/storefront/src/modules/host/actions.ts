"use server"
// The host console's writes. The host's token lives in the httpOnly `fs_host` cookie, set and cleared only here;
// every call goes from this server to the backend with it as a bearer token. Each action validates with its form's
// schema first and answers an error key the form shows in the host's language (with the backend's sentence when
// the backend refused for a reason only it knows).
import type { ZodType } from "zod"
import { loginHost, signUpHost } from "@/lib/data/host"
import { createLink } from "@/lib/data/host-links"
import { addSessionProduct, createSession, endSession, removeSessionProduct, startSession, updateSessionProduct } from "@/lib/data/host-sessions"
import { PortalApiError } from "@/lib/data/portal-fetch"
import { clearHostToken, getHostToken, setHostToken } from "@/lib/host-session"
import { addProductSchema, hostFieldErrors, hostLoginSchema, hostSignUpSchema, linkSchema, sessionRefSchema, sessionSchema, updateProductSchema, type HostFieldError } from "@/lib/host/schemas"
import { BackendUnavailableError } from "@/lib/medusa"

export type HostFormError = "invalid" | "invalidCredentials" | "emailTaken" | "signedOut" | "unavailable" | "notApproved" | "rejected"
export type HostActionResult = { ok: true; id?: string } | { ok: false; error: HostFormError; fieldErrors?: Record<string, HostFieldError>; detail?: string }

function failed(error: unknown, context: string): HostActionResult {
  if (error instanceof PortalApiError && error.status === 403) return { ok: false, error: "notApproved", detail: error.message }
  if (error instanceof PortalApiError) return { ok: false, error: "rejected", detail: error.message }
  if (error instanceof BackendUnavailableError) return { ok: false, error: "unavailable" }
  console.warn(`[storefront] host ${context} failed:`, error instanceof Error ? error.message : error)
  return { ok: false, error: "rejected" }
}

/** Validates, then runs the write with the host's token; a 401 forgets the token so the page shows the login. */
async function write<T>(schema: ZodType<T>, values: unknown, context: string, run: (token: string, input: T) => Promise<string | void>): Promise<HostActionResult> {
  const parsed = schema.safeParse(values)
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: hostFieldErrors(parsed.error.issues) }
  const token = await getHostToken()
  if (!token) return { ok: false, error: "signedOut" }
  try {
    const id = await run(token, parsed.data)
    return id ? { ok: true, id } : { ok: true }
  } catch (error) {
    if (error instanceof PortalApiError && error.status === 401) {
      await clearHostToken()
      return { ok: false, error: "signedOut" }
    }
    return failed(error, context)
  }
}

export async function signInHost(values: Record<string, string>): Promise<HostActionResult> {
  const parsed = hostLoginSchema.safeParse(values)
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: hostFieldErrors(parsed.error.issues) }
  try {
    await setHostToken(await loginHost(parsed.data.email, parsed.data.password))
    return { ok: true }
  } catch (error) {
    if (error instanceof PortalApiError && error.status === 401) return { ok: false, error: "invalidCredentials" }
    return failed(error, "sign-in")
  }
}

/** Sign-up ends signed in, as a `pending` host the operator still has to approve. */
export async function signUpAsHost(values: Record<string, string>): Promise<HostActionResult> {
  const parsed = hostSignUpSchema.safeParse(values)
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: hostFieldErrors(parsed.error.issues) }
  try {
    await setHostToken(await signUpHost(parsed.data.email, parsed.data.password, parsed.data.profile))
    return { ok: true }
  } catch (error) {
    // Medusa answers an email that already has a login with 401 "Identity with email already exists".
    if (error instanceof PortalApiError && /already exists/i.test(error.message)) return { ok: false, error: "emailTaken" }
    return failed(error, "sign-up")
  }
}

export async function signOutHost(): Promise<HostActionResult> {
  await clearHostToken()
  return { ok: true }
}

export async function createLiveSession(values: Record<string, string>) {
  return write(sessionSchema, values, "create session", async (token, body) => (await createSession(token, body)).id)
}

export async function startLiveSession(values: Record<string, string>) {
  return write(sessionRefSchema, values, "start session", async (token, { sessionId }) => void (await startSession(token, sessionId)))
}

export async function endLiveSession(values: Record<string, string>) {
  return write(sessionRefSchema, values, "end session", async (token, { sessionId }) => void (await endSession(token, sessionId)))
}

export async function addLiveProduct(values: Record<string, string>) {
  return write(addProductSchema, values, "add product", async (token, { sessionId, body }) => void (await addSessionProduct(token, sessionId, body)))
}

export async function updateLiveProduct(values: Record<string, string>) {
  return write(updateProductSchema, values, "update product", async (token, { sessionId, productId, body }) => {
    await updateSessionProduct(token, sessionId, productId, body)
  })
}

export async function removeLiveProduct(values: Record<string, string>) {
  return write(sessionRefSchema, values, "remove product", async (token, { sessionId, productId }) => {
    if (productId) await removeSessionProduct(token, sessionId, productId)
  })
}

export async function createCartLink(values: Record<string, string>) {
  return write(linkSchema, values, "create link", async (token, { sessionId, body }) => (await createLink(token, sessionId, body)).code)
}
