// What every host console route does first: who is signed in (else the login), whether the operator has approved
// them, the backend's availability, then the section's data. A token the backend refuses (401) shows the login.
import type { Host } from "@fengshou/live-contract"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import { getHostSession } from "@/lib/data/host"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { ConsoleLoginTemplate } from "@/modules/console/login-template"
import { renderSection } from "@/modules/console/render-section"
import { signInHost } from "../actions"
import { HostShell, type HostSection } from "./host-shell"

/** The login, with the way to sign up for someone who has no host account yet. */
async function login(expired: boolean) {
  const t = await getTranslations("host.login")
  return (
    <ConsoleLoginTemplate actor="host" signIn={signInHost} notice={expired ? "expired" : null}>
      <p>
        {t("noAccount")} <Link href="/portal/host/register">{t("signUp")}</Link>
      </p>
    </ConsoleLoginTemplate>
  )
}

export async function renderHost<T>(
  section: HostSection,
  load: (token: string) => Promise<T>,
  render: (data: T, host: Host) => ReactNode,
): Promise<ReactNode> {
  const session = await unlessUnavailable(getHostSession())
  if (session === UNAVAILABLE) return <ShopUnavailable />
  if (session.state === "signedOut" || session.state === "expired") return login(session.state === "expired")
  if (session.state === "blocked") return <HostShell section={section} host={null} blockedMessage={session.message} />
  // A pending or suspended host sees their status and nothing they could not use.
  if (session.host.status !== "approved") return <HostShell section={section} host={session.host} />
  const { token, host } = session
  return renderSection(
    () => load(token),
    () => login(true),
    (data) => (
      <HostShell section={section} host={host}>
        {render(data, host)}
      </HostShell>
    ),
  )
}
