import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { TraceView } from "@/lib/view/trace"
import { CertificationList } from "@/modules/cooperatives/components/certification-list"
import { CertificateCard } from "../components/certificate-card"
import { TraceQr } from "../components/trace-qr"

export function TraceTemplate({ trace, locale }: { trace: TraceView; locale: Locale }) {
  const t = useTranslations("trace")
  const tc = useTranslations("certificates")
  const productName = trace.product ? [trace.product.title, trace.product.size].filter(Boolean).join(" · ") : null
  return (
    <article className="trace">
      <p className="trace__eyebrow">{t("title")}</p>
      <h1 className="trace__title">{productName ?? trace.cooperative.name}</h1>
      <p className="trace__households">{t("households", { count: trace.contributingHouseholds })}</p>
      <dl className="coop-facts trace__facts">
        <Row label={t("code")} value={<code>{trace.code}</code>} />
        {productName && <Row label={t("product")} value={productName} />}
        <Row label={t("harvestDate")} value={trace.harvestDate} />
        {trace.quantity && (
          <Row
            label={t("quantity")}
            value={
              <>
                {trace.quantity.primary} <span className="muted">({trace.quantity.secondary})</span>
              </>
            }
          />
        )}
        <Row label={t("cooperative")} value={trace.cooperative.name} />
        {trace.village && <Row label={t("village")} value={trace.village} />}
        {trace.region.length > 0 && <Row label={t("region")} value={trace.region.join(" · ")} />}
      </dl>
      <p className="muted">{t("privacy")}</p>
      <p className="trace__links">
        {trace.product && (
          <Link href={`/products/${trace.product.handle}`} className="button">
            {t("viewProduct")}
          </Link>
        )}
        <Link href={`/cooperatives/${trace.cooperative.handle}`} className="button button--secondary">
          {t("viewCooperative")}
        </Link>
      </p>
      <CertificateCard certificate={trace.certificate} />
      {trace.certifications.length > 0 && (
        <CertificationList
          certifications={trace.certifications}
          heading={tc("traceHeading")}
          headingId="trace-certifications-heading"
          showScope
        />
      )}
      <TraceQr code={trace.code} locale={locale} />
    </article>
  )
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
