import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

// An unknown or mistyped trace code: say what to check, with a 404 status.
export default function TraceNotFound() {
  const t = useTranslations("trace")
  return (
    <section className="notice" aria-labelledby="trace-not-found-title">
      <h1 id="trace-not-found-title">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/" className="button">
        {t("backHome")}
      </Link>
    </section>
  )
}
