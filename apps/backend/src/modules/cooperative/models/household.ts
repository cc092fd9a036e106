import { model } from "@medusajs/framework/utils"
import { HOUSEHOLD_STATUSES } from "@fengshou/relief-core"
import { Contribution } from "./contribution"
import { Cooperative } from "./cooperative"

/**
 * A member household under a pseudonymous code (XD-001). Personal data is optional and never stored in the
 * clear: the name is AES-256-GCM ciphertext, the ID number only an HMAC-SHA256 (see lib/household-pii.ts).
 */
export const Household = model
  .define("household", {
    id: model.id({ prefix: "hh" }).primaryKey(),
    code: model.text(),
    size: model.number(),
    status: model.enum([...HOUSEHOLD_STATUSES]),
    village_code: model.text(),
    share_weight: model.number().default(1),
    name_ciphertext: model.text().nullable(),
    id_number_hash: model.text().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "households" }),
    contributions: model.hasMany(() => Contribution, { mappedBy: "household" }),
  })
  .indexes([
    { on: ["cooperative_id", "code"], unique: true, where: "deleted_at IS NULL" },
    {
      on: ["cooperative_id", "id_number_hash"],
      unique: true,
      where: "deleted_at IS NULL AND id_number_hash IS NOT NULL",
    },
  ])
