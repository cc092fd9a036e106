import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

export const CERTIFICATION_KINDS = [
  "organic",
  "organic_conversion",
  "green_food",
  "geographic_indication",
  "selenium_test",
  "trademark",
  "other",
] as const

/** A certificate, test report or trademark the cooperative shows buyers; dates are calendar dates (YYYY-MM-DD). */
export const Certification = model.define("cooperative_certification", {
  id: model.id({ prefix: "cocert" }).primaryKey(),
  kind: model.enum([...CERTIFICATION_KINDS]),
  title_zh: model.text(),
  title_en: model.text().nullable(),
  issuer: model.text().nullable(),
  number: model.text().nullable(),
  issued_on: model.text().nullable(),
  expires_on: model.text().nullable(),
  document_url: model.text().nullable(),
  test_report_url: model.text().nullable(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "certifications" }),
})
