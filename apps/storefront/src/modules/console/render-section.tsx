// What every console section does after the sign-in check: load its data with the actor's token, then show it.
// The backend may be down (the page says so) or may no longer accept the token (the login shows again, "expired").
import "server-only"
import type { ReactNode } from "react"
import { isUnauthorized } from "@/lib/data/console-fetch"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"

export async function renderSection<T>(
  load: () => Promise<T>,
  expired: () => ReactNode,
  show: (data: T) => ReactNode,
): Promise<ReactNode> {
  let data: T | typeof UNAVAILABLE
  try {
    data = await unlessUnavailable(load())
  } catch (error) {
    if (isUnauthorized(error)) return expired()
    throw error
  }
  return data === UNAVAILABLE ? <ShopUnavailable /> : show(data)
}
