import { model } from "@medusajs/framework/utils"
import { Contribution } from "./contribution"
import { Cooperative } from "./cooperative"

/**
 * A harvest or processing batch of one product variant. `certificate` holds the fields printed on the
 * 承诺达标合格证 (product, quantity, producer, origin, date); `trace_code` is the public, unguessable 一物一码.
 */
export const Lot = model
  .define("lot", {
    id: model.id({ prefix: "lot" }).primaryKey(),
    trace_code: model.text().unique(),
    product_id: model.text(),
    variant_id: model.text(),
    harvest_date: model.text(),
    quantity_g: model.number(),
    certificate: model.json(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "lots" }),
    contributions: model.hasMany(() => Contribution, { mappedBy: "lot" }),
  })
  .indexes([{ on: ["variant_id"] }, { on: ["product_id"] }])
