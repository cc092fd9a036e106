import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/** A product's own benefit mechanism, overriding its cooperative's (利益联结机制 per product). */
export const ProductBenefit = model.define("product_benefit", {
  id: model.id({ prefix: "pbenefit" }).primaryKey(),
  product_id: model.text().unique(),
  benefit_mechanisms: model.array(),
  dividend_bps: model.number().nullable(),
  collective_bps: model.number().nullable(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "product_benefits" }),
})
