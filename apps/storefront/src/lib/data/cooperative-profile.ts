// Signing in as cooperative staff and reading who is signed in.
import "server-only"
import { CooperativeMeResponseSchema, type CooperativeMeResponse } from "@fengshou/store-contract"
import { cache } from "react"
import { getConsoleToken } from "@/lib/console-session"
import { fromBackend } from "./parse-contract"
import { isUnauthorized, consoleFetch } from "./console-fetch"

export type { CooperativeMeResponse } from "@fengshou/store-contract"

export type { CooperativeStatus } from "@fengshou/store-contract"
export type CooperativeSession =
  { state: "signedIn"; token: string; profile: CooperativeMeResponse } | { state: "signedOut" | "expired" }

/** Medusa's emailpass login for the `cooperative` actor; 401 for a wrong email or password. */
export async function loginCooperative(email: string, password: string): Promise<string> {
  const { token } = await consoleFetch<{ token: string }>("/auth/cooperative/emailpass", null, {
    method: "POST",
    body: { email, password },
  })
  return token
}

/** The clerk behind the `fs_coop` cookie, once per request; "expired" when the backend no longer accepts it. */
export const getCooperativeSession = cache(async (): Promise<CooperativeSession> => {
  const token = await getConsoleToken("cooperative")
  if (!token) return { state: "signedOut" }
  try {
    const profile = fromBackend(
      CooperativeMeResponseSchema,
      await consoleFetch<unknown>("/cooperative/me", token),
      "GET /cooperative/me",
    )
    return { state: "signedIn", token, profile }
  } catch (error) {
    if (isUnauthorized(error)) return { state: "expired" }
    throw error
  }
})
