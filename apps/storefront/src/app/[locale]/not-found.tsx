import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

export default function NotFound() {
  const t = useTranslations("notFound")
  return (
    <section className="notice" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href="/" className="button">
        {t("backHome")}
      </Link>
    </section>
  )
}
