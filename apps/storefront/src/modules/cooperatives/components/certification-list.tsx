import { useTranslations } from "next-intl"
import type { CertificationView } from "@/lib/view/cooperative"
import styles from "./certification-list.module.css"

type Props = {
  certifications: CertificationView[]
  /** The section's heading; the cooperative page's "认证与检测报告" by default. */
  heading?: string
  headingId?: string
  /** Say whether each one covers a lot, a product or the cooperative (product and trace pages mix them). */
  showScope?: boolean
}

/** Certificates with their validity: 已过期 / Expired when past, 已核验 / Verified once the operator checked it. */
export function CertificationList({ certifications, heading, headingId = "certifications-heading", showScope }: Props) {
  const t = useTranslations("cooperatives")
  const tc = useTranslations("certificates")
  return (
    <section aria-labelledby={headingId} className="coop-section">
      <h2 id={headingId}>{heading ?? t("certifications")}</h2>
      {certifications.length === 0 ? (
        <p className="muted">{t("noCertifications")}</p>
      ) : (
        <ul className="coop-certs">
          {certifications.map((cert) => (
            <li key={cert.id} className={`coop-cert${cert.expired ? ` ${styles.past}` : ""}`}>
              <h3 className="coop-cert__title">{cert.title}</h3>
              <ul className={styles.badges}>
                {cert.expired && <li className={`${styles.badge} ${styles.expired}`}>{tc("expired")}</li>}
                {cert.verified ? (
                  <li className={`${styles.badge} ${styles.verified}`} title={tc("verifiedHelp")}>
                    ✓ {tc("verified")}
                  </li>
                ) : null}
                {showScope && <li className={styles.badge}>{tc(`${cert.scope}Scope`)}</li>}
                <li className={styles.badge}>{t(`kind.${cert.kind}`)}</li>
              </ul>
              <dl className="coop-facts">
                {cert.issuer && <Fact label={t("issuer")} value={cert.issuer} />}
                {cert.number && <Fact label={t("number")} value={cert.number} />}
                {cert.issuedOn && <Fact label={t("issuedOn")} value={cert.issuedOn} />}
                <Fact
                  label={t("expiresOn")}
                  value={
                    !cert.expiresOn
                      ? tc("noEnd")
                      : cert.expired
                        ? tc("expiredOn", { date: cert.expiresOn })
                        : cert.expiresOn
                  }
                />
              </dl>
              {!cert.verified && <p className="muted">{tc("selfDeclared")}</p>}
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
