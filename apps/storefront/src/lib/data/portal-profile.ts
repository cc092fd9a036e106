// Signing in as cooperative staff and reading who is signed in.
import "server-only"
import { cache } from "react"
import { getCoopToken } from "@/lib/portal-session"
import { isUnauthorized, portalFetch } from "./portal-fetch"

export type CooperativeStatus = "pending" | "approved" | "suspended"
export type PortalProfile = {
  cooperative: { id: string; handle: string; name_zh: string; name_en: string; status: CooperativeStatus; status_reason: string | null; division_code: string }
  staff: { id: string; email: string; name: string | null }
}
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
    return { state: "signedIn", token, profile: await portalFetch<PortalProfile>("/cooperative/me", token) }
  } catch (error) {
    if (isUnauthorized(error)) return { state: "expired" }
    throw error
  }
})
