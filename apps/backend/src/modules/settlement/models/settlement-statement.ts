import { model } from "@medusajs/framework/utils"
import { SettlementLine } from "./settlement-line"

/**
 * A settlement statement (结算单): one cooperative's (gross − refunds − fee − commissions) or one host's
 * (commissions) for one China-time month. `open` statements are recomputed as lines become payable; `paid` ones are
 * frozen: their lines never move, and what changes later goes on the next open statement.
 */
export const SettlementStatement = model
  .define("settlement_statement", {
    id: model.id({ prefix: "stmt" }).primaryKey(),
    number: model.text().unique(),
    party: model.enum(["cooperative", "host"]),
    party_id: model.text(),
    period: model.text(),
    status: model.enum(["open", "paid"]).default("open"),
    gross_fen: model.number().default(0),
    refunds_fen: model.number().default(0),
    fee_fen: model.number().default(0),
    commission_fen: model.number().default(0),
    net_fen: model.number().default(0),
    fee_bps: model.number(),
    paid_on: model.text().nullable(),
    bank_reference: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    paid_by: model.text().nullable(),
    lines: model.hasMany(() => SettlementLine, { mappedBy: "statement" }),
  })
  .indexes([{ on: ["party", "party_id", "period"], unique: true }, { on: ["status"] }])
