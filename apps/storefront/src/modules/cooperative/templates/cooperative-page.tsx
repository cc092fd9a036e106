// What every portal route does first: who is signed in (else the login), the backend's availability, then the
// section's data. A token the backend refuses (401) shows the login again, with a note that it expired.
import type { ReactNode } from "react"
import { isUnauthorized } from "@/lib/data/portal-fetch"
import { getPortalSession, type PortalProfile } from "@/lib/data/portal-profile"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { LoginTemplate } from "./login-template"
import { CooperativeShell, type CooperativeSection } from "./cooperative-shell"

export async function renderCooperative<T>(
  section: CooperativeSection,
  load: (token: string) => Promise<T>,
  render: (data: T, profile: PortalProfile) => ReactNode,
): Promise<ReactNode> {
  const session = await unlessUnavailable(getPortalSession())
  if (session === UNAVAILABLE) return <ShopUnavailable />
  if (session.state !== "signedIn") return <LoginTemplate expired={session.state === "expired"} />
  let data: T | typeof UNAVAILABLE
  try {
    data = await unlessUnavailable(load(session.token))
  } catch (error) {
    if (isUnauthorized(error)) return <LoginTemplate expired />
    throw error
  }
  if (data === UNAVAILABLE) return <ShopUnavailable />
  return (
    <CooperativeShell section={section} profile={session.profile}>
      {render(data, session.profile)}
    </CooperativeShell>
  )
}
