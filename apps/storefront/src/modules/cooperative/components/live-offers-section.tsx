import { getFormatter, getTranslations } from "next-intl/server"
import type { LiveOffer } from "@/lib/data/cooperative-live-offers"
import { formatFen } from "@/lib/view/money"
import { ConsentLimits } from "./consent-limits"
import { LiveOfferDecision } from "./live-offer-decision"

/**
 * Hosts' live offers of the cooperative's sizes that are below its live floor or above its largest cap: each waits
 * here, with why, until the cooperative approves or declines it. Nothing is shown when nothing waits.
 */
export async function LiveOffersSection({ offers }: { offers: LiveOffer[] }) {
  if (!offers.length) return null
  const t = await getTranslations("portal.liveOffers")
  const format = await getFormatter()
  return (
    <section aria-labelledby="live-offers-title" className="card">
      <h2 id="live-offers-title">{t("title", { count: offers.length })}</h2>
      <p className="muted">{t("help")}</p>
      <ul className="plain-list portal-list">
        {offers.map((o) => {
          const title = `${o.product_title} · ${o.variant_title}`
          return (
            <li key={o.id} className="portal-item">
              <p className="portal-item__title">{title}</p>
              <p>
                {t("figures", {
                  live: formatFen(o.live_price_fen),
                  shelf: formatFen(o.base_price_fen),
                  cap: o.stock_cap,
                  limit: o.per_customer_limit,
                })}
              </p>
              <p className="muted">
                {t("session", {
                  title: o.session.title,
                  host: o.session.host_name ?? "—",
                  start: format.dateTime(new Date(o.session.scheduled_start_at), {
                    dateStyle: "medium",
                    timeStyle: "short",
                  }),
                })}
              </p>
              <p className="form-error">
                {t("outside")} <ConsentLimits offer={o} />
              </p>
              <LiveOfferDecision offerId={o.id} title={title} />
            </li>
          )
        })}
      </ul>
    </section>
  )
}
