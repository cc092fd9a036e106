// What every host console route does first: who is signed in (else the login), whether the operator has approved
// them, the backend's availability, then the section's data. A token the backend refuses (401) shows the login.
import type { Host } from "@fengshou/live-contract"
import type { ReactNode } from "react"
import { getHostSession } from "@/lib/data/host"
import { isUnauthorized } from "@/lib/data/portal-fetch"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { HostLoginTemplate } from "./host-login-template"
import { HostShell, type HostSection } from "./host-shell"

export async function renderHost<T>(section: HostSection, load: (token: string) => Promise<T>, render: (data: T, host: Host) => ReactNode): Promise<ReactNode> {
  const session = await unlessUnavailable(getHostSession())
  if (session === UNAVAILABLE) return <ShopUnavailable />
  if (session.state === "signedOut" || session.state === "expired") return <HostLoginTemplate expired={session.state === "expired"} />
  if (session.state === "blocked") return <HostShell section={section} host={null} blockedMessage={session.message} />
  // A pending or suspended host sees their status and nothing they could not use.
  if (session.host.status !== "approved") return <HostShell section={section} host={session.host} />
  let data: T | typeof UNAVAILABLE
  try {
    data = await unlessUnavailable(load(session.token))
  } catch (error) {
    if (isUnauthorized(error)) return <HostLoginTemplate expired />
    throw error
  }
  if (data === UNAVAILABLE) return <ShopUnavailable />
  return (
    <HostShell section={section} host={session.host}>
      {render(data, session.host)}
    </HostShell>
  )
}
