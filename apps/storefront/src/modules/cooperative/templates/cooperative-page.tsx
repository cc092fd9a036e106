// What every cooperative console route does first: who is signed in (else the login), the backend's availability,
// then the section's data. A token the backend refuses (401) shows the login again, with a note that it expired.
import type { ReactNode } from "react"
import { getCooperativeSession, type CooperativeMeResponse } from "@/lib/data/cooperative-profile"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { ConsoleLoginTemplate } from "@/modules/console/login-template"
import { renderSection } from "@/modules/console/render-section"
import { SignUpLink } from "@/modules/cooperative-signup/components/sign-up-link"
import { signInCooperative } from "../actions"
import { CooperativeShell, type CooperativeSection } from "./cooperative-shell"

const login = (expired: boolean) => (
  <ConsoleLoginTemplate actor="cooperative" signIn={signInCooperative} notice={expired ? "expired" : null}>
    <SignUpLink />
  </ConsoleLoginTemplate>
)

export async function renderCooperative<T>(
  section: CooperativeSection,
  load: (token: string) => Promise<T>,
  render: (data: T, profile: CooperativeMeResponse) => ReactNode,
): Promise<ReactNode> {
  const session = await unlessUnavailable(getCooperativeSession())
  if (session === UNAVAILABLE) return <ShopUnavailable />
  if (session.state !== "signedIn") return login(session.state === "expired")
  const { token, profile } = session
  return renderSection(
    () => load(token),
    () => login(true),
    (data) => (
      <CooperativeShell section={section} profile={profile}>
        {render(data, profile)}
      </CooperativeShell>
    ),
  )
}
