import { model } from "@medusajs/framework/utils"
import { LiveSession } from "./live-session"

/**
 * One size sold in a session: its live price is a Medusa promotion (`promotion_id`, applied by `promo_code`),
 * `sold` counts units in placed orders and only ever moves inside the claim SQL of the service, never past the cap.
 */
export const SessionProduct = model
  .define("live_session_product", {
    id: model.id({ prefix: "lsp" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text(),
    product_title: model.text(),
    variant_title: model.text(),
    product_handle: model.text(),
    thumbnail: model.text().nullable(),
    base_price_fen: model.number(),
    live_price_fen: model.number(),
    stock_cap: model.number(),
    per_customer_limit: model.number(),
    sold: model.number().default(0),
    promotion_id: model.text(),
    /** Why the offer is not sold now (the shelf price fell below the cooperative's live floor); null: selling. */
    paused_reason: model.text().nullable(),
    /** The cooperative's consent (lib/livestream/consent.ts): not_needed, pending, approved or declined. */
    consent_status: model.text().default("not_needed"),
    /** Why consent is needed (outside the floor or cap), as the cooperative and host read it. */
    consent_note: model.text().nullable(),
    /** The floor and largest cap the offer was outside of when consent was asked (null: inside that one). */
    consent_floor_fen: model.number().nullable(),
    consent_cap_max: model.number().nullable(),
    /** The cooperative's reason for declining. */
    consent_reason: model.text().nullable(),
    /** The figures the cooperative approved: a later change outside the limits asks again. */
    approved_price_fen: model.number().nullable(),
    approved_cap: model.number().nullable(),
    promo_code: model.text().unique(),
    session: model.belongsTo(() => LiveSession, { mappedBy: "products" }),
  })
  .indexes([{ on: ["session_id", "variant_id"], unique: true, where: "deleted_at IS NULL" }])
