import { useLocale, useTranslations } from "next-intl"
import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { getCooperative } from "@/lib/data/cooperatives"
import type { ProvenanceView } from "@/lib/view/cooperative"

/** Who grew it and where: from the product read itself; the household count streams in after. */
export function ProvenanceCard({ provenance }: { provenance: ProvenanceView }) {
  const t = useTranslations("provenance")
  const locale = useLocale() as Locale
  return (
    <section aria-labelledby="provenance-heading" className="provenance-card">
      <h2 id="provenance-heading">{t("title")}</h2>
      <dl className="coop-facts">
        <div>
          <dt>{t("cooperative")}</dt>
          <dd>{provenance.name}</dd>
        </div>
        {provenance.village && (
          <div>
            <dt>{t("village")}</dt>
            <dd>{provenance.village}</dd>
          </div>
        )}
      </dl>
      <Suspense fallback={null}>
        <SupportedHouseholds handle={provenance.handle} locale={locale} />
      </Suspense>
      <Link href={`/cooperatives/${provenance.handle}`} className="provenance-card__link">
        {t("link")} →
      </Link>
    </section>
  )
}

// The product link carries no counts or certifications, so they come from the cooperative's cached page read; if that fails the
// card simply goes without, the product page must not.
async function SupportedHouseholds({ handle, locale }: { handle: string; locale: Locale }) {
  const [cooperative, t, tc] = await Promise.all([
    getCooperative(handle, locale).catch(() => null),
    getTranslations("provenance"),
    getTranslations("cooperatives"),
  ])
  if (!cooperative) return null
  return (
    <>
      <p className="provenance-card__households">{t("households", { count: cooperative.householdsSupported })}</p>
      {cooperative.certifications.length > 0 && (
        <ul className="coop-badges" aria-label={t("certifications")}>
          {cooperative.certifications.map((cert) => (
            <li key={cert.id} className="coop-badge" title={tc(`kind.${cert.kind}`)}>
              {cert.title}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
