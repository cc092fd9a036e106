// The host console's account calls: sign-in, sign-up (Medusa's two-step actor registration) and who is signed in.
import "server-only"
import { HostSchema, type Host, type RegisterHostBody } from "@fengshou/live-contract"
import { cache } from "react"
import { z } from "zod"
import { getConsoleToken } from "@/lib/console-session"
import { ConsoleApiError, consoleFetch } from "./console-fetch"

export type HostSession =
  | { state: "signedIn"; token: string; host: Host }
  | { state: "signedOut" }
  | { state: "expired" }
  /** The backend refuses the host outright (403): waiting for approval or suspended. */
  | { state: "blocked"; message: string }

const TokenSchema = z.object({ token: z.string().min(1) })

/** Medusa's emailpass login for the `host` actor; 401 for a wrong email or password. */
export async function loginHost(email: string, password: string): Promise<string> {
  const body = await consoleFetch<unknown>("/auth/host/emailpass", null, { method: "POST", body: { email, password } })
  return TokenSchema.parse(body).token
}

/**
 * Signs a new host up: an auth identity, then the host record with that registration token (it starts `pending`),
 * then a real login, whose token now names the host.
 */
export async function signUpHost(email: string, password: string, profile: RegisterHostBody): Promise<string> {
  const registration = await consoleFetch<unknown>("/auth/host/emailpass/register", null, {
    method: "POST",
    body: { email, password },
  })
  await consoleFetch("/host/register", TokenSchema.parse(registration).token, { method: "POST", body: profile })
  return loginHost(email, password)
}

/** The host behind the `fs_host` cookie, once per request. */
export const getHostSession = cache(async (): Promise<HostSession> => {
  const token = await getConsoleToken("host")
  if (!token) return { state: "signedOut" }
  try {
    const body = await consoleFetch<unknown>("/host/me", token)
    return { state: "signedIn", token, host: z.object({ host: HostSchema }).parse(body).host }
  } catch (error) {
    if (error instanceof ConsoleApiError && error.status === 401) return { state: "expired" }
    if (error instanceof ConsoleApiError && error.status === 403) return { state: "blocked", message: error.message }
    throw error
  }
})
