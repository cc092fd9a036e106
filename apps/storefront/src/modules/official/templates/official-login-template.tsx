import { getTranslations } from "next-intl/server"
import { OfficialLoginForm } from "../components/login-form"

export async function OfficialLoginTemplate({ notice }: { notice: "expired" | "disabled" | null }) {
  const t = await getTranslations("official")
  return (
    <section className="portal portal--narrow" aria-labelledby="official-title">
      <h1 id="official-title">{t("title")}</h1>
      <p className="muted">{t("login.intro")}</p>
      {notice && (
        <p className="portal-banner" role="status">
          {t(`login.${notice}`)}
        </p>
      )}
      <OfficialLoginForm />
    </section>
  )
}
