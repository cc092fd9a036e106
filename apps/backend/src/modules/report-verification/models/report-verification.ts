import { model } from "@medusajs/framework/utils"

/**
 * What an exported relief report said when it was issued, so anyone holding the paper can check it against the
 * ledger later (/verify/<code>). `figures` holds aggregates only (totals and each row's figures by row key), never
 * a household; `fingerprint` is the SHA-256 of their canonical JSON.
 */
export const ReportVerification = model
  .define("report_verification", {
    id: model.id({ prefix: "rver" }).primaryKey(),
    code: model.text().unique(),
    official_id: model.text(),
    organisation: model.text(),
    region: model.text(),
    region_label: model.text(),
    period_from: model.text(),
    period_to: model.text(),
    group_by: model.text(),
    lang: model.text(),
    format: model.text(),
    issued_at: model.dateTime(),
    figures: model.json(),
    fingerprint: model.text(),
  })
  .indexes([{ on: ["official_id"] }])
