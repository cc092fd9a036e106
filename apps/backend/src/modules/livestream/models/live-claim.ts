import { model } from "@medusajs/framework/utils"

/**
 * Units of a session product a cart took: at the shopper's first click as a hold that runs until `expires_at`, and
 * at checkout (then without expiry). Written in one transaction with the session product's `sold`
 * (service.claimUnits), tied to the order once it is placed, deleted when the hold expires, the checkout fails or
 * the order is canceled.
 */
export const LiveClaim = model
  .define("live_claim", {
    id: model.id({ prefix: "lclm" }).primaryKey(),
    session_product_id: model.text(),
    cart_id: model.text(),
    /** The first of shopper_keys (customer, else email, else mobile, else cart). */
    shopper_key: model.text(),
    /** customer:…, email:…, mobile:+86…: a later cart sharing any of them counts toward the same limit. */
    shopper_keys: model.array(),
    quantity: model.number(),
    order_id: model.text().nullable(),
    /** A hold's end; null once the checkout took the units (or for claims made before holds existed). */
    expires_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["cart_id", "session_product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["session_product_id", "shopper_key"] },
    { on: ["order_id"] },
  ])
