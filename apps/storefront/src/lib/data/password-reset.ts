// Medusa's own password-reset routes for every actor: ask for a link (mailed by the backend) and redeem its token.
// Always from the server (the consoles' /auth routes have no CORS), never cached. The answer comes back as status
// and body, which lib/password-reset reads into what the page says.
import "server-only"
import { BackendUnavailableError, getBackendConfig } from "@/lib/medusa"
import type { BackendAnswer, ResetActor } from "@/lib/password-reset/schemas"

async function post(path: string, body: unknown, token?: string): Promise<BackendAnswer> {
  const { url } = await getBackendConfig()
  const headers = new Headers({ accept: "application/json", "content-type": "application/json" })
  if (token) headers.set("authorization", `Bearer ${token}`)
  let response: Response
  try {
    response = await fetch(`${url}${path}`, { method: "POST", headers, body: JSON.stringify(body), cache: "no-store" })
  } catch (error) {
    throw new BackendUnavailableError(`${url} is not reachable`, { cause: error })
  }
  const json = (await response.json().catch(() => ({}))) as unknown
  return { status: response.status, body: json && typeof json === "object" ? (json as Record<string, unknown>) : {} }
}

/** The backend mails a link in `locale` if the account exists; it answers 201 either way. */
export const requestPasswordReset = (actor: ResetActor, email: string, locale: string) =>
  post(`/auth/${actor}/emailpass/reset-password`, { identifier: email, metadata: { locale } })

/** Sets the password of the account the (single-use) reset token was issued for. */
export const updatePassword = (actor: ResetActor, token: string, password: string) =>
  post(`/auth/${actor}/emailpass/update`, { password }, token)
