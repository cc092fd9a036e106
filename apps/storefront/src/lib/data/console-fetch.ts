// Calls to the consoles' APIs: the cooperative portal (`/cooperative/*`), the official dashboard (`/official/*`), the
// host console (`/host/*`), and their `/auth/*` logins. Always from the server, with the actor's JWT as a bearer
// token: the backend has no CORS for these routes, and the token never reaches page scripts. Never cached: every
// answer belongs to one actor.
import "server-only"
import { BackendUnavailableError, getBackendConfig } from "@/lib/medusa"

/** A 4xx from a console API; 401 means the token is missing, expired or no longer a staff member's. */
export class ConsoleApiError extends Error {
  override name = "ConsoleApiError"
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

type Init = { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Record<string, string | number> }

export async function consoleFetch<T>(
  path: `/${"cooperative" | "official" | "host" | "auth"}/${string}`,
  token: string | null,
  init: Init = {},
): Promise<T> {
  const { url } = await getBackendConfig()
  const headers = new Headers({ accept: "application/json" })
  if (init.body !== undefined) headers.set("content-type", "application/json")
  if (token) headers.set("authorization", `Bearer ${token}`)
  const query = init.query ? `?${new URLSearchParams(Object.entries(init.query).map(([k, v]) => [k, String(v)]))}` : ""
  let response: Response
  try {
    response = await fetch(`${url}${path}${query}`, {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    })
  } catch (error) {
    throw new BackendUnavailableError(`${url} is not reachable`, { cause: error })
  }
  if (response.status >= 500) throw new BackendUnavailableError(`${path} answered ${response.status}`)
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    throw new ConsoleApiError(typeof body.message === "string" ? body.message : response.statusText, response.status)
  }
  return body as T
}

export const isUnauthorized = (error: unknown) => error instanceof ConsoleApiError && error.status === 401
