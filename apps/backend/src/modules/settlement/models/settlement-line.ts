import { model } from "@medusajs/framework/utils"
import { SettlementStatement } from "./settlement-statement"

/**
 * One line of a statement (see StatementLineSchema in @fengshou/store-contract): a ledger event on one order line
 * (cooperative) or one commission entry (host). `line_key` is unique across all statements, so a line is settled
 * once: `<party>:<source_event_id>:<line_item_id>` or `host:<commission_entry_id>`.
 */
export const SettlementLine = model
  .define("settlement_line", {
    id: model.id({ prefix: "stl" }).primaryKey(),
    line_key: model.text().unique(),
    kind: model.enum(["sale", "refund", "cancel", "commission"]),
    order_id: model.text(),
    order_display_id: model.number(),
    line_item_id: model.text().nullable(),
    title: model.text().nullable(),
    occurred_at: model.dateTime(),
    payable_at: model.dateTime(),
    sales_fen: model.number(),
    fee_fen: model.number(),
    commission_fen: model.number(),
    net_fen: model.number(),
    ledger_entry_ids: model.json(),
    statement: model.belongsTo(() => SettlementStatement, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["order_id"] }])
