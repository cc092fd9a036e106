import { model } from "@medusajs/framework/utils"
import { LiveSession } from "./live-session"

/** A short, unguessable code (and its QR) that fills a shopper's cart with session items at the live price. */
export const CartLink = model.define("cart_link", {
  id: model.id({ prefix: "clink" }).primaryKey(),
  code: model.text().unique(),
  /** [{ session_product_id, quantity }] */
  items: model.json(),
  expires_at: model.dateTime(),
  session: model.belongsTo(() => LiveSession, { mappedBy: "links" }),
})
