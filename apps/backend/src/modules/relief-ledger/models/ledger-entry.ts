import { model } from "@medusajs/framework/utils"
import { CHANNELS, HOUSEHOLD_STATUSES, LEDGER_PARTIES } from "@fengshou/relief-core"

/**
 * One append-only row of the relief ledger (消费帮扶台账), in the shape relief-core's foldReport reads. Every entry
 * of one source event (an order placed, a refund, a cancellation) is written together; `entry_key` (source event,
 * line item, party, household, benefit kind) is unique, so writing the same event again inserts nothing.
 * Dimensions are copied onto every row so a report is one pass over one table. `household_id` is the platform-wide
 * household id (never a name or an ID number); status and size are as they were when the entry was written.
 * A `collective` entry (the village collective's share) has no household, no benefit kind and 0 grams.
 */
export const ReliefLedgerEntry = model
  .define("relief_ledger_entry", {
    id: model.id({ prefix: "rle" }).primaryKey(),
    /** Insertion order: a report cache loads only the rows after the last one it has (the ledger only grows). */
    seq: model.autoincrement(),
    entry_key: model.text().unique(),
    source_event_id: model.text(),
    kind: model.enum(["sale", "refund", "cancel"]),
    party: model.enum([...LEDGER_PARTIES]),
    order_id: model.text(),
    line_item_id: model.text(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    cooperative_id: model.text(),
    division_code: model.text(),
    channel: model.enum([...CHANNELS]),
    category: model.text().nullable(),
    live_session_id: model.text().nullable(),
    host_id: model.text().nullable(),
    household_id: model.text().nullable(),
    household_status: model.enum([...HOUSEHOLD_STATUSES]).nullable(),
    household_persons: model.number().nullable(),
    benefit_kind: model.enum(["supply", "dividend"]).nullable(),
    amount_fen: model.number(),
    quantity_g: model.number(),
    occurred_at: model.dateTime(),
    /** The calendar day of occurred_at in Asia/Shanghai, YYYY-MM-DD: what report periods are cut by. */
    occurred_on: model.text(),
  })
  .indexes([
    { on: ["occurred_on", "division_code"] },
    { on: ["order_id"] },
    { on: ["source_event_id"] },
    { on: ["seq"] },
  ])
