// The official's session: the backend's JWT for the `official` actor in the httpOnly cookie `fs_official`, apart
// from the shopper's and the co-op clerk's. Written only by the dashboard's server actions; the export route
// handler reads it to forward the token, so the token never reaches page scripts.
import "server-only"
import { cookies, headers } from "next/headers"
import { tokenLifetimeSeconds } from "./jwt"

const OFFICIAL = "fs_official"
const ONE_DAY = 60 * 60 * 24

export async function getOfficialToken(): Promise<string | null> {
  return (await cookies()).get(OFFICIAL)?.value || null
}

export async function setOfficialToken(token: string) {
  const secure = (await headers()).get("x-forwarded-proto") === "https"
  const maxAge = tokenLifetimeSeconds(token) ?? ONE_DAY
  ;(await cookies()).set(OFFICIAL, token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge })
}

export async function clearOfficialToken() {
  ;(await cookies()).delete(OFFICIAL)
}
