// Signing in as cooperative staff and reading who is signed in.
import "server-only"
import { CooperativeMeResponseSchema, type CooperativeMeResponse } from "@fengshou/store-contract"
import { cache } from "react"
import { getCoopToken } from "@/lib/portal-session"
import { fromBackend } from "./parse-contract"
import { isUnauthorized, portalFetch } from "./portal-fetch"

export type { CooperativeStatus } from "@fengshou/store-contract"
export type PortalProfile = CooperativeMeResponse
export type PortalSession = { state: "signedIn"; token: string; profile: PortalProfile } | { state: "signedOut" | "expired" }

/** Medusa's emailpass login for the `cooperative` actor; 401 for a wrong email or password. */
export async function loginCooperative(email: string, password: string): Promise<string> {
  const { token } = await portalFetch<{ token: string }>("/auth/cooperative/emailpass", null, {
    method: "POST",
    body: { email, password },
  })
  return token
}

/** The clerk behind the `fs_coop` cookie, once per request; "expired" when the backend no longer accepts it. */
export const getPortalSession = cache(async (): Promise<PortalSession> => {
  const token = await getCoopToken()
  if (!token) return { state: "signedOut" }
  try {
    const profile = fromBackend(CooperativeMeResponseSchema, await portalFetch<unknown>("/cooperative/me", token), "GET /cooperative/me")
    return { state: "signedIn", token, profile }
  } catch (error) {
    if (isUnauthorized(error)) return { state: "expired" }
    throw error
  }
})
