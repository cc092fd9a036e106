import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

// An unknown or mistyped cart link: a friendly page with a 404 status.
export default function LinkNotFound() {
  const t = useTranslations("live.link")
  return (
    <section className="notice" aria-labelledby="link-not-found-title">
      <h1 id="link-not-found-title">{t("link_unknown.title")}</h1>
      <p>{t("link_unknown.body")}</p>
      <Link href="/products" className="button">
        {t("toShop")}
      </Link>
    </section>
  )
}
