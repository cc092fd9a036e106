// /portal/cooperative/register: the sign-up for someone signed out; for a signed-in cooperative, its review status,
// the operator's reason after a rejection, and the correction form while it waits or after a rejection.
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getCooperativeSession, type CooperativeMeResponse } from "@/lib/data/cooperative-profile"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { SignUpForm } from "../components/sign-up-form"
import styles from "../sign-up.module.css"

export async function CooperativeSignUpPage() {
  const session = await unlessUnavailable(getCooperativeSession())
  if (session === UNAVAILABLE) return <ShopUnavailable />
  const t = await getTranslations("cooperativeSignUp")
  if (session.state === "signedIn") return <ReviewStatus profile={session.profile} />
  return (
    <section className="portal portal--narrow" aria-labelledby="signup-title">
      <h1 id="signup-title">{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <SignUpForm mode="signUp" />
      <p>
        <Link href="/portal/cooperative">{(await getTranslations("portal"))("login.title")}</Link>
      </p>
    </section>
  )
}

async function ReviewStatus({ profile }: { profile: CooperativeMeResponse }) {
  const t = await getTranslations("cooperativeSignUp")
  const { cooperative } = profile
  const { status } = cooperative
  // A cooperative approved once and pending again was renamed: its products are off sale until re-approved.
  const renamed = status === "pending" && Boolean(cooperative.approved_at)
  const heading = status === "pending" || status === "rejected" || status === "approved" ? t(`status.${status}`) : null
  const help = renamed
    ? t("status.renamed")
    : status === "pending" || status === "rejected" || status === "approved"
      ? t(`status.${status}Help`)
      : null
  return (
    <section className="portal portal--narrow" aria-labelledby="signup-status-title">
      <h1 id="signup-status-title">{t("status.title")}</h1>
      <div
        className={status === "rejected" ? `${styles.status} ${styles.statusRejected}` : styles.status}
        role="status"
        data-status={status}
      >
        <p>
          <strong>{cooperative.name_zh}</strong> · {cooperative.credit_code}
        </p>
        {heading && <h2>{heading}</h2>}
        {help && <p>{help}</p>}
        {status === "rejected" && cooperative.status_reason && (
          <>
            <h3>{t("status.reason")}</h3>
            <p className={styles.reason}>{cooperative.status_reason}</p>
          </>
        )}
        <p className={styles.links}>
          <Link href="/portal/cooperative">{t("status.toConsole")}</Link>
        </p>
      </div>
      {(status === "pending" || status === "rejected") && (
        <>
          <h2>{t("status.correct")}</h2>
          <SignUpForm
            mode="correct"
            initial={{
              name_zh: cooperative.name_zh,
              name_en: cooperative.name_en,
              credit_code: cooperative.credit_code,
              division_code: cooperative.division_code,
              benefit_mechanisms: cooperative.benefit_mechanisms,
              dividend_bps: cooperative.dividend_bps,
              licence_url: cooperative.licence_url,
            }}
          />
        </>
      )}
    </section>
  )
}
