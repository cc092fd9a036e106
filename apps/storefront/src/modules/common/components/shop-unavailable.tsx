import { useTranslations } from "next-intl"
import { BackendUnavailableError } from "@/lib/medusa"

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

/**
 * What a catalog page that Next caches whole (`dynamic = "force-static"`) shows when the backend is unavailable. In a
 * production build the render throws instead, so the notice is never cached for everyone: Next keeps serving the last
 * good copy while it retries, or, on a page never rendered yet, the error page with its retry. `next dev` caches no
 * page and shows the notice.
 */
export function CatalogUnavailable(): React.ReactNode {
  if (process.env.NODE_ENV === "production") {
    throw new BackendUnavailableError("the backend is unavailable; this catalog page is not cached")
  }
  return <ShopUnavailable />
}
