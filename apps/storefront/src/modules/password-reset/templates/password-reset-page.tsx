import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import type { ResetActor } from "@/lib/password-reset/schemas"
import { SectionMessages } from "@/modules/common/components/section-messages"
import { ExpiredLink, NewPasswordForm } from "../components/new-password-form"
import { RequestResetForm } from "../components/request-reset-form"
import styles from "../password-reset.module.css"

type Params = Promise<{ locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** The pages' title, and kept out of search engines: a reset link is one person's. */
export const passwordResetMetadata =
  (step: "requestTitle" | "resetTitle") =>
  async ({ params }: { params: Params }): Promise<Metadata> => {
    const t = await getTranslations({ locale: await resolveLocale(params), namespace: "passwordReset" })
    return { title: t(step), robots: { index: false } }
  }

async function Shell({ actor, params, children }: { actor: ResetActor; params: Params; children: React.ReactNode }) {
  const t = await getTranslations("passwordReset")
  return (
    <section className={styles.page} aria-labelledby="password-reset-title">
      <h1 id="password-reset-title">{t("title")}</h1>
      <p className="muted">{t(`actors.${actor}`)}</p>
      <SectionMessages params={params} namespaces={["passwordReset"]}>
        {children}
      </SectionMessages>
    </section>
  )
}

/** …/forgot-password: ask for a link by email. Reachable signed out, like the sign-in it comes from. */
export async function ForgotPasswordPage({ actor, params }: { actor: ResetActor; params: Params }) {
  await resolveLocale(params)
  return (
    <Shell actor={actor} params={params}>
      <RequestResetForm actor={actor} />
    </Shell>
  )
}

/** …/reset-password?token=…: where the emailed link lands. Without a token there is nothing to redeem. */
export async function ResetPasswordPage(props: { actor: ResetActor; params: Params; searchParams: SearchParams }) {
  const { actor, params } = props
  await resolveLocale(params)
  const token = (await props.searchParams).token
  return (
    <Shell actor={actor} params={params}>
      {typeof token === "string" && token ? (
        <NewPasswordForm actor={actor} token={token} />
      ) : (
        <ExpiredLink actor={actor} />
      )}
    </Shell>
  )
}
