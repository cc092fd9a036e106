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
}

/** A certification as everyone may see it: these are documents the cooperative chose to show buyers. */
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
  }
}
