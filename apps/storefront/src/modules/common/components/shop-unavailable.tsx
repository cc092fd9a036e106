import { useTranslations } from "next-intl"

/** Shown while the backend is starting or unreachable, instead of an error page. */
export function ShopUnavailable() {
  const t = useTranslations("unavailable")
  return (
    <section className="notice" aria-labelledby="unavailable-title">
      <h1 id="unavailable-title">{t("title")}</h1>
      <p>{t("body")}</p>
      {/* An empty href reloads the current page, without any client JavaScript. */}
      <a href="" className="button">
        {t("retry")}
      </a>
    </section>
  )
}
