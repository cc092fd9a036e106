// What every console section does after the sign-in check: load its data with the actor's token. The backend may
// be down (the page says so) or may no longer accept the token (the login shows again, saying it expired).
import "server-only"
import { isUnauthorized } from "@/lib/data/portal-fetch"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"

export const EXPIRED = Symbol("expired")

export async function loadSection<T>(load: () => Promise<T>): Promise<T | typeof UNAVAILABLE | typeof EXPIRED> {
  try {
    return await unlessUnavailable(load())
  } catch (error) {
    if (isUnauthorized(error)) return EXPIRED
    throw error
  }
}
