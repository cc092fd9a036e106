"use server"
// The dashboard's only writes: signing in and out. The official's token lives in the httpOnly `fs_official`
// cookie, set and cleared only here; pages read it on the server and the export route forwards it.
import { BackendUnavailableError } from "@/lib/medusa"
import { PortalApiError } from "@/lib/data/portal-fetch"
import { loginOfficial } from "@/lib/data/official"
import { clearOfficialToken, setOfficialToken } from "@/lib/official-session"
import { cooperativeFieldErrors, portalLoginSchema } from "@/lib/cooperative/schemas"
import type { CooperativeActionResult } from "@/modules/cooperative/actions"

export async function signInOfficial(values: Record<string, string>): Promise<CooperativeActionResult> {
  const parsed = portalLoginSchema.safeParse(values)
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: cooperativeFieldErrors(parsed.error.issues) }
  try {
    await setOfficialToken(await loginOfficial(parsed.data.email, parsed.data.password))
    return { ok: true }
  } catch (error) {
    if (error instanceof PortalApiError && error.status === 401) return { ok: false, error: "invalidCredentials" }
    if (error instanceof BackendUnavailableError) return { ok: false, error: "unavailable" }
    return { ok: false, error: "rejected" }
  }
}

export async function signOutOfficial(): Promise<CooperativeActionResult> {
  await clearOfficialToken()
  return { ok: true }
}
