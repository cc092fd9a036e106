// The co-op clerk's session: the backend's JWT for the `cooperative` actor in the httpOnly cookie `fs_coop`,
// apart from the shopper's `fs_customer` (one browser may be both). Written only by the portal's server
// actions; reading is a plain function for server components.
import "server-only"
import { cookies, headers } from "next/headers"
import { tokenLifetimeSeconds } from "./jwt"

const COOP = "fs_coop"
const ONE_DAY = 60 * 60 * 24

export async function getCoopToken(): Promise<string | null> {
  return (await cookies()).get(COOP)?.value || null
}

export async function setCoopToken(token: string) {
  const secure = (await headers()).get("x-forwarded-proto") === "https"
  const maxAge = tokenLifetimeSeconds(token) ?? ONE_DAY
  ;(await cookies()).set(COOP, token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge })
}

export async function clearCoopToken() {
  ;(await cookies()).delete(COOP)
}
