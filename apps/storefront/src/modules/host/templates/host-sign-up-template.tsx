import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { HostSignUpForm } from "../components/sign-up-form"

export async function HostSignUpTemplate() {
  const t = await getTranslations("host")
  return (
    <section className="portal portal--narrow" aria-labelledby="host-signup-page-title">
      <h1 id="host-signup-page-title">{t("title")}</h1>
      <p className="muted">{t("signUp.intro")}</p>
      <HostSignUpForm />
      <p>
        {t("signUp.haveAccount")} <Link href="/portal/host">{t("signUp.signIn")}</Link>
      </p>
    </section>
  )
}
