import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CooperativeCardView } from "@/lib/view/cooperative"

/** The growers behind the shop, with how many households each supports; the whole list is one link away. */
export function CooperativeStrip({ cooperatives }: { cooperatives: CooperativeCardView[] }) {
  const t = useTranslations("home")
  if (cooperatives.length === 0) return null
  const households = cooperatives.reduce((sum, coop) => sum + coop.householdsSupported, 0)
  return (
    <section aria-labelledby="home-cooperatives" className="home-strip">
      <h2 id="home-cooperatives" className="section-title">
        {t("cooperativesTitle")}
      </h2>
      <p className="muted">{t("cooperativesSummary", { cooperatives: cooperatives.length, households })}</p>
      <ul className="home-strip__list home-coops">
        {cooperatives.map((coop) => (
          <li key={coop.handle} className="home-coop">
            <Link href={`/cooperatives/${coop.handle}`} className="home-coop__name">
              {coop.name}
            </Link>
            {coop.region[0] && <span className="muted"> · {coop.region[0]}</span>}
            <p className="home-coop__count">{t("householdsSupported", { count: coop.householdsSupported })}</p>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/cooperatives" className="back-link">
          {t("allCooperatives")} →
        </Link>
      </p>
    </section>
  )
}
