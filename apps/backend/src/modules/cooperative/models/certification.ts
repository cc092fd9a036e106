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

/**
 * A certificate, test report or trademark the cooperative shows buyers; dates are calendar dates (YYYY-MM-DD).
 * It covers one of its products (`product_id`), one of its lots (`lot_id`) or, with neither, the whole cooperative.
 * `verified_at`/`verified_by` (an Admin user id) are set only by the operator after checking with the issuer.
 */
export const Certification = model
  .define("cooperative_certification", {
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
    product_id: model.text().nullable(),
    lot_id: model.text().nullable(),
    verified_at: model.dateTime().nullable(),
    verified_by: model.text().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "certifications" }),
  })
  .indexes([{ on: ["product_id"] }, { on: ["lot_id"] }])
