import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { LiveShelfView } from "@/lib/view/live"
import { LiveProductCard } from "../components/live-product-card"
import { LiveStatusBadge } from "../components/live-status-badge"

/** A live session's shelf: who streams where and when, and its products at live prices while it is on air. */
export async function LiveShelfTemplate({ shelf }: { shelf: LiveShelfView }) {
  const t = await getTranslations("live")
  const format = await getFormatter()
  const when = format.dateTime(new Date(shelf.startsAt), { dateStyle: "medium", timeStyle: "short" })
  return (
    <section className="live-shelf" aria-labelledby="live-title">
      <header className="live-shelf__header">
        <LiveStatusBadge status={shelf.status} />
        <h1 id="live-title">{shelf.title}</h1>
        <p className="muted">
          {t("shelf.host", { name: shelf.hostName })}
          {" · "}
          {t(`platforms.${shelf.platform}`)}
          {shelf.handle && <span className="live-shelf__handle"> @{shelf.handle}</span>}
        </p>
        {shelf.status === "scheduled" && <p>{t("shelf.startsAt", { time: when })}</p>}
      </header>
      {shelf.status !== "live" && (
        <p className="live-shelf__notice" role="status">
          {t(shelf.status === "ended" ? "shelf.ended" : "shelf.scheduled")}
        </p>
      )}
      {shelf.products.length === 0 ? (
        <p className="muted">{t("shelf.empty")}</p>
      ) : (
        <ul className="live-shelf__products">
          {shelf.products.map((product) => (
            <LiveProductCard key={product.id} sessionId={shelf.id} product={product} canBuy={shelf.status === "live"} />
          ))}
        </ul>
      )}
      <Link href="/products" className="back-link">
        {t("link.toShop")}
      </Link>
    </section>
  )
}
