import { describe, expect, it } from "vitest"
import { certificateFieldErrors, certificateFormSchema } from "./certificate-schema"

const valid = {
  subject: "product:prod_1",
  kind: "green_food",
  titleZh: "绿色食品证书",
  titleEn: "",
  issuer: "中国绿色食品发展中心",
  number: "LB-1",
  issuedOn: "2026-01-01",
  expiresOn: "2026-12-31",
  documentUrl: "http://localhost:9000/static/1-cert.pdf",
}

describe("certificateFormSchema", () => {
  it("turns the form into the backend's body: product or lot, empty fields left out", () => {
    expect(certificateFormSchema.parse(valid)).toEqual({
      product_id: "prod_1",
      kind: "green_food",
      title_zh: "绿色食品证书",
      title_en: undefined,
      issuer: "中国绿色食品发展中心",
      number: "LB-1",
      issued_on: "2026-01-01",
      expires_on: "2026-12-31",
      document_url: "http://localhost:9000/static/1-cert.pdf",
    })
    expect(certificateFormSchema.parse({ ...valid, subject: "lot:lot_9" })).toMatchObject({ lot_id: "lot_9" })
  })

  it("reads absent optional fields (no document chosen) as empty", () => {
    const { subject, kind, titleZh } = valid
    expect(certificateFormSchema.parse({ subject, kind, titleZh })).toMatchObject({
      product_id: "prod_1",
      document_url: undefined,
      expires_on: undefined,
    })
  })

  it("accepts a certificate valid for one day, and refuses one that ends before it starts", () => {
    expect(certificateFormSchema.safeParse({ ...valid, expiresOn: "2026-01-01" }).success).toBe(true)
    const backwards = certificateFormSchema.safeParse({ ...valid, expiresOn: "2025-12-31" })
    expect(backwards.success).toBe(false)
    expect(certificateFieldErrors(backwards.error!.issues)).toEqual({ expiresOn: "dateOrder" })
  })

  it("names each field's problem: no subject, unknown kind, no title, impossible date", () => {
    const result = certificateFormSchema.safeParse({
      ...valid,
      subject: "",
      kind: "halal",
      titleZh: " ",
      issuedOn: "2026-02-30",
    })
    expect(certificateFieldErrors(result.error!.issues)).toEqual({
      subject: "subject",
      kind: "kind",
      titleZh: "titleZh",
      issuedOn: "date",
    })
  })
})
