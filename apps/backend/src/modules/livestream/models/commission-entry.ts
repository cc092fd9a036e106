import { model } from "@medusajs/framework/utils"

/**
 * Append-only commission ledger of a host: `earned` when an order is placed (rate × its sales), `reversed` (negative)
 * on refunds and cancellation. Pending until `payable_at` (placed + refund window), payable after.
 */
export const CommissionEntry = model
  .define("host_commission_entry", {
    id: model.id({ prefix: "hcom" }).primaryKey(),
    entry_key: model.text().unique(),
    host_id: model.text(),
    session_id: model.text(),
    order_id: model.text(),
    kind: model.enum(["earned", "reversed"]),
    rate_bps: model.number(),
    /** The sales the entry is on: the order's sales when earned, the refunded amount when reversed. */
    base_fen: model.number(),
    amount_fen: model.number(),
    payable_at: model.dateTime(),
  })
  .indexes([{ on: ["host_id"] }, { on: ["order_id"] }])
