import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

// An unknown session id: a friendly page with a 404 status.
export default function LiveSessionNotFound() {
  const t = useTranslations("live.shelf")
  return (
    <section className="notice" aria-labelledby="live-not-found-title">
      <h1 id="live-not-found-title">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/products" className="button">
        {t("toShop")}
      </Link>
    </section>
  )
}
