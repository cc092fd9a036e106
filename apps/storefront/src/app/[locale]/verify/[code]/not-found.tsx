import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

// An unknown or mistyped verification code: say what to check, with a 404 status.
export default function VerifyNotFound() {
  const t = useTranslations("verify")
  return (
    <section className="notice" aria-labelledby="verify-not-found-title">
      <h1 id="verify-not-found-title">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/" className="button">
        {t("backHome")}
      </Link>
    </section>
  )
}
