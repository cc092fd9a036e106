// A console actor's session (co-op clerk, livestream host, official): the backend's JWT for that actor in its own
// httpOnly cookie, apart from the shopper's `fs_customer` (one browser may be several). Written only by server
// actions; read by server components and route handlers (the host's stats stream, the official's export), so the
// token never reaches page scripts.
import "server-only"
import { cookies, headers } from "next/headers"
import { getEnv } from "@/env"
import { sessionCookieOptions } from "./cookie-options"
import { tokenLifetimeSeconds } from "./jwt"

export const CONSOLE_ACTORS = ["cooperative", "host", "official"] as const
export type ConsoleActor = (typeof CONSOLE_ACTORS)[number]

const COOKIES: Record<ConsoleActor, string> = { cooperative: "fs_coop", host: "fs_host", official: "fs_official" }
const ONE_DAY = 60 * 60 * 24

export async function getConsoleToken(actor: ConsoleActor): Promise<string | null> {
  return (await cookies()).get(COOKIES[actor])?.value || null
}

/** The cookie lives as long as the token the backend signed (its `exp`), a day if it has none. */
export async function setConsoleToken(actor: ConsoleActor, token: string) {
  const forwardedProto = (await headers()).get("x-forwarded-proto")
  const maxAge = tokenLifetimeSeconds(token) ?? ONE_DAY
  const options = sessionCookieOptions({ maxAge, nodeEnv: getEnv().NODE_ENV, forwardedProto })
  ;(await cookies()).set(COOKIES[actor], token, options)
}

export async function clearConsoleToken(actor: ConsoleActor) {
  ;(await cookies()).delete(COOKIES[actor])
}
