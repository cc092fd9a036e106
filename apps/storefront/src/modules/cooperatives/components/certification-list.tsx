import { useTranslations } from "next-intl"
import type { CertificationView } from "@/lib/view/cooperative"

export function CertificationList({ certifications }: { certifications: CertificationView[] }) {
  const t = useTranslations("cooperatives")
  return (
    <section aria-labelledby="certifications-heading" className="coop-section">
      <h2 id="certifications-heading">{t("certifications")}</h2>
      {certifications.length === 0 ? (
        <p className="muted">{t("noCertifications")}</p>
      ) : (
        <ul className="coop-certs">
          {certifications.map((cert) => (
            <li key={cert.id} className="coop-cert">
              <h3 className="coop-cert__title">{cert.title}</h3>
              <dl className="coop-facts">
                {cert.issuer && <Fact label={t("issuer")} value={cert.issuer} />}
                {cert.number && <Fact label={t("number")} value={cert.number} />}
                {cert.issuedOn && <Fact label={t("issuedOn")} value={cert.issuedOn} />}
                {cert.expiresOn && <Fact label={t("expiresOn")} value={cert.expiresOn} />}
              </dl>
              {(cert.documentUrl || cert.testReportUrl) && (
                <p className="coop-cert__links">
                  {cert.documentUrl && (
                    <a href={cert.documentUrl} rel="noopener noreferrer" target="_blank">
                      {t("document")}
                    </a>
                  )}
                  {cert.testReportUrl && (
                    <a href={cert.testReportUrl} rel="noopener noreferrer" target="_blank">
                      {t("testReport")}
                    </a>
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
