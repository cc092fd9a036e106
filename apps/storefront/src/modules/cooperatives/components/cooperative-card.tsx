import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CooperativeCardView } from "@/lib/view/cooperative"

export function CooperativeCard({ cooperative }: { cooperative: CooperativeCardView }) {
  const t = useTranslations("cooperatives")
  const kinds = [...new Set(cooperative.certifications.map((cert) => cert.kind))]
  return (
    <article className="coop-card">
      <h2 className="coop-card__name">
        <Link href={`/cooperatives/${cooperative.handle}`}>{cooperative.name}</Link>
      </h2>
      {cooperative.region.length > 0 && <p className="coop-region">{cooperative.region.join(" · ")}</p>}
      <p className="coop-card__counts">
        {t("households", { count: cooperative.households })}
        <br />
        {t("supported", { households: cooperative.householdsSupported, persons: cooperative.personsSupported })}
      </p>
      {kinds.length > 0 ? (
        <ul className="coop-badges" aria-label={t("certifications")}>
          {kinds.map((kind) => (
            <li key={kind} className="coop-badge">
              {t(`kind.${kind}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("noCertifications")}</p>
      )}
    </article>
  )
}
