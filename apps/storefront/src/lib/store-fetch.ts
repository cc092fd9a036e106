// Uncached calls to the store API: carts, checkout, customers and orders are per shopper and change on every
// write, so they never enter Next's data cache. Catalog reads use `storeGet` in medusa.ts instead.
import "server-only"
import { BackendUnavailableError, getBackendConfig } from "@/lib/medusa"

/** A 4xx from Medusa, with its machine-readable `type` and `code` (e.g. code "insufficient_inventory"). */
export class StoreApiError extends Error {
  override name = "StoreApiError"
  constructor(
    message: string,
    readonly status: number,
    readonly type: string | undefined,
    readonly code: string | undefined,
  ) {
    super(message)
  }
}

export type StoreFetchInit = {
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, string | string[] | number | undefined>
  body?: unknown
  /** The customer's JWT, sent as a bearer token. */
  token?: string | null
  /** A guest's order token (POST /store/order-lookup), sent as `x-order-token`. */
  orderToken?: string | null
}

function searchParams(query: StoreFetchInit["query"]): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item))
  }
  const text = params.toString()
  return text ? `?${text}` : ""
}

/** Calls `/store/...` or `/auth/...` and returns the parsed JSON; throws StoreApiError on 4xx. */
export async function storeFetch<T>(path: `/${"store" | "auth"}/${string}`, init: StoreFetchInit = {}): Promise<T> {
  const { url, publishableKey } = await getBackendConfig()
  if (!publishableKey) throw new BackendUnavailableError("The backend has not published its API key yet")
  const headers = new Headers({ accept: "application/json", "x-publishable-api-key": publishableKey })
  if (init.body !== undefined) headers.set("content-type", "application/json")
  if (init.token) headers.set("authorization", `Bearer ${init.token}`)
  if (init.orderToken) headers.set("x-order-token", init.orderToken)

  let response: Response
  try {
    response = await fetch(`${url}${path}${searchParams(init.query)}`, {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    })
  } catch (error) {
    // Undici reports a refused or reset connection as a TypeError("fetch failed").
    throw new BackendUnavailableError(`${url} is not reachable`, { cause: error })
  }
  if (response.status >= 500) throw new BackendUnavailableError(`${path} answered ${response.status}`)
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    const text = (key: string) => (typeof body[key] === "string" ? (body[key] as string) : undefined)
    throw new StoreApiError(text("message") ?? response.statusText, response.status, text("type"), text("code"))
  }
  return body as T
}
