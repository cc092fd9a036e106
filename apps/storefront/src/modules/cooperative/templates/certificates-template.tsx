import type { Certification } from "@fengshou/store-contract"
import { getLocale, getTranslations } from "next-intl/server"
import type { CooperativeLot } from "@/lib/data/cooperative-lots"
import type { CooperativeProduct } from "@/lib/data/cooperative-products"
import { toCertificationView } from "@/lib/view/cooperative"
import type { Locale } from "@/i18n/routing"
import { CertificateDeleteButton } from "../components/certificate-delete-button"
import { CertificateForm, type CertificateSubject } from "../components/certificate-form"
import styles from "./certificates.module.css"

export type CertificatesData = {
  certifications: Certification[]
  products: CooperativeProduct[]
  lots: CooperativeLot[]
}

/** The cooperative's certificates with what each covers and its validity, and the form to add one. */
export async function CertificatesTemplate({ data }: { data: CertificatesData }) {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("certificates")
  const tp = await getTranslations("certificates.portal")
  const tKind = await getTranslations("cooperatives")
  const productTitle = new Map(
    data.products.map((p) => [p.id, (locale === "en" ? p.title_en : null) || p.title_zh] as const),
  )
  const lotLabel = new Map(
    data.lots.map((l) => [
      l.id,
      tp("subjectLot", { title: productTitle.get(l.product_id) ?? l.product_id, date: l.harvest_date }),
    ]),
  )
  const subjects: CertificateSubject[] = [
    ...data.products.map((p) => ({
      value: `product:${p.id}`,
      label: tp("subjectProduct", { title: productTitle.get(p.id)! }),
    })),
    ...data.lots.map((l) => ({ value: `lot:${l.id}`, label: lotLabel.get(l.id)! })),
  ]
  const covers = (c: Certification) =>
    c.lot_id
      ? (lotLabel.get(c.lot_id) ?? c.lot_id)
      : c.product_id
        ? tp("subjectProduct", { title: productTitle.get(c.product_id) ?? c.product_id })
        : t("cooperativeScope")
  return (
    <div className="portal-sections">
      <section aria-labelledby="certificates-title">
        <h1 id="certificates-title">{tp("title")}</h1>
        <p className="muted">{tp("intro")}</p>
        {data.certifications.length === 0 ? (
          <p className="muted">{tp("empty")}</p>
        ) : (
          <ul className="plain-list portal-list">
            {data.certifications.map((c) => {
              const view = toCertificationView(c, locale)
              return (
                <li key={c.id} className={`card portal-item ${styles.item}`}>
                  <p className="portal-item__title">{view.title}</p>
                  <ul className={styles.badges}>
                    {view.expired && <li className={`${styles.badge} ${styles.expired}`}>{t("expired")}</li>}
                    {view.verified && <li className={`${styles.badge} ${styles.verified}`}>✓ {t("verified")}</li>}
                    <li className={styles.badge}>{tKind(`kind.${view.kind}`)}</li>
                  </ul>
                  <p>
                    {tp("appliesTo")}: {covers(c)}
                  </p>
                  <p className="muted">
                    {[view.issuer, view.number].filter(Boolean).join(" · ")}
                    {view.issuer || view.number ? " · " : ""}
                    {!view.expiresOn
                      ? t("noEnd")
                      : view.expired
                        ? t("expiredOn", { date: view.expiresOn })
                        : t("validUntil", { date: view.expiresOn })}
                  </p>
                  <div className={styles.actions}>
                    {view.documentUrl && (
                      <a href={view.documentUrl} target="_blank" rel="noopener noreferrer">
                        {tKind("document")}
                      </a>
                    )}
                    <CertificateDeleteButton id={c.id} title={view.title} />
                  </div>
                </li>
              )
            })}
          </ul>
        )}
      </section>
      <CertificateForm subjects={subjects} />
    </div>
  )
}
