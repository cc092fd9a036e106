import { model } from "@medusajs/framework/utils"
import { Household } from "./household"
import { Lot } from "./lot"

/** Household X supplied `quantity_g` of lot L at a farmgate price in fen per kilogram. */
export const Contribution = model
  .define("lot_contribution", {
    id: model.id({ prefix: "contrib" }).primaryKey(),
    quantity_g: model.number(),
    farmgate_fen_per_kg: model.number(),
    lot: model.belongsTo(() => Lot, { mappedBy: "contributions" }),
    household: model.belongsTo(() => Household, { mappedBy: "contributions" }),
  })
  .indexes([{ on: ["lot_id", "household_id"], unique: true, where: "deleted_at IS NULL" }])
