import { useTranslations } from "next-intl"
import type { CertificateView } from "@/lib/view/trace"

/** The fields of the lot's 承诺达标合格证, laid out like the printed certificate. */
export function CertificateCard({ certificate }: { certificate: CertificateView | null }) {
  const t = useTranslations("trace")
  return (
    <section aria-labelledby="certificate-heading" className="trace-cert">
      <h2 id="certificate-heading">{t("certificate")}</h2>
      {certificate ? (
        <dl className="coop-facts">
          <Row label={t("certProduct")} value={certificate.product} />
          <Row label={t("certQuantity")} value={certificate.quantity} />
          <Row label={t("certProducer")} value={certificate.producer} />
          <Row label={t("certOrigin")} value={certificate.origin} />
          <Row label={t("certDate")} value={certificate.date} />
        </dl>
      ) : (
        <p className="muted">{t("noCertificate")}</p>
      )}
    </section>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
