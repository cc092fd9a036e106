import { certificationExpired } from "../../lib/certification-validity"

type CertificationRow = {
  id: string
  kind: string
  title_zh: string
  title_en: string | null
  issuer: string | null
  number: string | null
  issued_on: string | null
  expires_on: string | null
  document_url: string | null
  test_report_url: string | null
  product_id?: string | null
  lot_id?: string | null
  verified_at?: Date | string | null
}

/**
 * A certification as everyone may see it (store-contract CertificationSchema): these are documents the cooperative
 * chose to show buyers. `expired` is computed at each read (China's today); who verified it stays with the operator.
 * One argument only, so `rows.map(serializeCertification)` stays safe.
 */
export function serializeCertification(c: CertificationRow) {
  return {
    id: c.id,
    kind: c.kind,
    title_zh: c.title_zh,
    title_en: c.title_en,
    issuer: c.issuer,
    number: c.number,
    issued_on: c.issued_on,
    expires_on: c.expires_on,
    document_url: c.document_url,
    test_report_url: c.test_report_url,
    product_id: c.product_id ?? null,
    lot_id: c.lot_id ?? null,
    expired: certificationExpired(c.expires_on),
    verified_at: c.verified_at ? new Date(c.verified_at).toISOString() : null,
  }
}

/** Certificates of the whole cooperative (its card and page); a product's or a lot's shows on that product instead. */
export const coversWholeCooperative = (c: { product_id?: string | null; lot_id?: string | null }) =>
  !c.product_id && !c.lot_id
