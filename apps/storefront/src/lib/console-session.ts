// A portal actor's session (co-op clerk, official): the backend's JWT for that actor in its own httpOnly cookie, apart
// from the shopper's `fs_customer` (one browser may be several). Written only by server actions; read by server
// components and route handlers, so the token never reaches page scripts.
import "server-only"
import { cookies, headers } from "next/headers"
import { tokenLifetimeSeconds } from "./jwt"

const ONE_DAY = 60 * 60 * 24

export function actorSession(cookie: string) {
  return {
    async get(): Promise<string | null> {
      return (await cookies()).get(cookie)?.value || null
    },
    async set(token: string) {
      const secure = (await headers()).get("x-forwarded-proto") === "https"
      const maxAge = tokenLifetimeSeconds(token) ?? ONE_DAY
      ;(await cookies()).set(cookie, token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge })
    },
    async clear() {
      ;(await cookies()).delete(cookie)
    },
  }
}
