import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import type { ConsoleActor } from "@/lib/console-session"
import { CONSOLES } from "./actors"
import { ConsoleLoginForm } from "./login-form"
import { forgotPasswordPath } from "@/lib/password-reset/schemas"
import type { ConsoleResult } from "./result"

type Props<A extends ConsoleActor> = {
  actor: A
  signIn: (values: Record<string, string>) => Promise<ConsoleResult<A>>
  /** Why the login shows again: the session expired, or (official) the account was disabled. */
  notice?: "expired" | "disabled" | null
  /** Below the form, e.g. the host's way to sign up. */
  children?: ReactNode
}

/** A console's page for someone not signed in: what the console is for, a notice, the sign-in form. */
export async function ConsoleLoginTemplate<A extends ConsoleActor>({ actor, signIn, notice, children }: Props<A>) {
  const { messages, id } = CONSOLES[actor]
  const t = await getTranslations(messages)
  const tReset = await getTranslations("passwordReset")
  return (
    <section className="portal portal--narrow" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t("title")}</h1>
      <p className="muted">{t("login.intro")}</p>
      {notice && (
        <p className="portal-banner" role="status">
          {t(`login.${notice}` as "login.expired")}
        </p>
      )}
      <ConsoleLoginForm
        actor={actor}
        signIn={signIn}
        footer={
          <p>
            <Link href={forgotPasswordPath(actor)}>{tReset("forgotLink")}</Link>
          </p>
        }
      />
      {children}
    </section>
  )
}
