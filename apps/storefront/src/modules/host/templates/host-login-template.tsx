import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { HostLoginForm } from "../components/login-form"

export async function HostLoginTemplate({ expired }: { expired: boolean }) {
  const t = await getTranslations("host")
  return (
    <section className="portal portal--narrow" aria-labelledby="host-title">
      <h1 id="host-title">{t("title")}</h1>
      <p className="muted">{t("login.intro")}</p>
      {expired && (
        <p className="portal-banner" role="status">
          {t("login.expired")}
        </p>
      )}
      <HostLoginForm />
      <p>
        {t("login.noAccount")} <Link href="/portal/host/register">{t("login.signUp")}</Link>
      </p>
    </section>
  )
}
