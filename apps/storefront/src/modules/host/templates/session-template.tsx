import type { CartLink, Session, SessionStats } from "@fengshou/live-contract"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CatalogOption } from "@/lib/view/live-console"
import { LiveStatusBadge } from "@/modules/live/components/live-status-badge"
import { AddProductForm } from "../components/add-product-form"
import { LinkForm } from "../components/link-form"
import { LinkList } from "../components/link-list"
import { LivePanel } from "../components/live-panel"
import { LiveStatsProvider } from "../components/live-stats"
import { SessionControls } from "../components/session-controls"
import { SessionProductRow } from "../components/session-product-row"

export type SessionPageData = { session: Session; links: CartLink[]; stats: SessionStats; catalog: CatalogOption[] }
type Props = SessionPageData & { query: string; origin: string }

/** One session: start/end, the live panel, its products at live prices, and the cart links to share on air. */
export async function SessionTemplate({ session, links, stats, catalog, query, origin }: Props) {
  const t = await getTranslations("host.session")
  const tPlatforms = await getTranslations("live.platforms")
  const format = await getFormatter()
  const editable = session.status !== "ended"
  const when = format.dateTime(new Date(session.started_at ?? session.scheduled_start_at), {
    dateStyle: "medium",
    timeStyle: "short",
  })
  return (
    <div className="host-session">
      <Link href="/portal/host" className="back-link">
        {t("back")}
      </Link>
      <header className="host-session__header">
        <div>
          <LiveStatusBadge status={session.status} />
          <h1>{session.title}</h1>
          <p className="muted">
            {tPlatforms(session.platform)} ·{" "}
            {t(session.status === "scheduled" ? "startsAt" : "startedAt", { time: when })} ·{" "}
            <Link href={`/live/${encodeURIComponent(session.id)}`}>{t("shelf")}</Link>
          </p>
        </div>
        <SessionControls sessionId={session.id} status={session.status} />
      </header>
      <LiveStatsProvider sessionId={session.id} initial={stats}>
        <LivePanel />
        <div className="portal-sections">
          <section aria-labelledby="session-products-title">
            <h2 id="session-products-title">{t("products")}</h2>
            {session.products.length === 0 ? (
              <p className="muted">{t("noProducts")}</p>
            ) : (
              <ul className="plain-list portal-list">
                {session.products.map((p) => (
                  <SessionProductRow key={p.id} sessionId={session.id} product={p} editable={editable} />
                ))}
              </ul>
            )}
          </section>
          {editable && <AddProductForm sessionId={session.id} options={catalog} query={query} />}
        </div>
      </LiveStatsProvider>
      <div className="portal-sections">
        <section aria-labelledby="session-links-title">
          <h2 id="session-links-title">{t("links")}</h2>
          <LinkList links={links} products={session.products} origin={origin} />
        </section>
        {editable && session.products.length > 0 && <LinkForm sessionId={session.id} products={session.products} />}
      </div>
    </div>
  )
}
