import { getTranslations } from "next-intl/server"
import { LoginForm } from "../components/login-form"

export async function LoginTemplate({ expired }: { expired: boolean }) {
  const t = await getTranslations("portal")
  return (
    <section className="portal portal--narrow" aria-labelledby="portal-title">
      <h1 id="portal-title">{t("title")}</h1>
      <p className="muted">{t("login.intro")}</p>
      {expired && (
        <p className="portal-banner" role="status">
          {t("login.expired")}
        </p>
      )}
      <LoginForm />
    </section>
  )
}
