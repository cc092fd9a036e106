import { model } from "@medusajs/framework/utils"

/**
 * An order placed through a session: what the host's live panel and commission read. `lines` holds
 * [{ variant_id, session_product_id | null, quantity, total_fen }] as placed; refunds add to refunded_fen.
 */
export const LiveOrder = model
  .define("live_order", {
    id: model.id({ prefix: "lord" }).primaryKey(),
    order_id: model.text().unique(),
    session_id: model.text(),
    host_id: model.text(),
    cart_link_id: model.text().nullable(),
    gmv_fen: model.number(),
    units: model.number(),
    lines: model.json(),
    refunded_fen: model.number().default(0),
    placed_at: model.dateTime(),
    canceled_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["session_id", "placed_at"] }, { on: ["host_id"] }])
