import { describe, expect, it } from "vitest"
import { takeCertificationsField } from "./product-certifications"

describe("takeCertificationsField", () => {
  it("takes certifications out in each spelling and says it was asked", () => {
    for (const spelling of ["certifications", "+certifications", "*certifications", "certifications.*"]) {
      expect(takeCertificationsField(`id,${spelling},*cooperative`)).toEqual({ fields: "id,*cooperative", asked: true })
    }
  })

  it("leaves other fields alone, including ones that only start with the word", () => {
    expect(takeCertificationsField("id,+certifications_count,-certifications")).toEqual({
      fields: "id,+certifications_count,-certifications",
      asked: false,
    })
    expect(takeCertificationsField("+certifications")).toEqual({ fields: "", asked: true })
  })
})
