// For the consoles' action tests: a cookie jar in place of lib/console-session, and a backend that records calls.
import { vi } from "vitest"

export const jar = { token: null as string | null }

/** Stands in for lib/console-session (itself a thin wrapper over next/headers): one token, whatever the actor. */
export const consoleSession = {
  CONSOLE_ACTORS: ["cooperative", "host", "official"],
  getConsoleToken: async () => jar.token,
  setConsoleToken: async (_actor: string, token: string) => void (jar.token = token),
  clearConsoleToken: async () => void (jar.token = null),
}

export type Call = { method: string; path: string; body: unknown; auth: string | null }

/** A fetch that notes each call in `calls` and answers with `reply`. */
export function recordingBackend(calls: Call[], reply: (path: string, method: string) => Response) {
  return vi.fn(async (input: string | URL, init?: RequestInit) => {
    const url = new URL(input)
    const method = init?.method ?? "GET"
    const auth = new Headers(init?.headers).get("authorization")
    calls.push({ method, path: url.pathname, body: init?.body ? JSON.parse(String(init.body)) : undefined, auth })
    return reply(url.pathname, method)
  })
}
