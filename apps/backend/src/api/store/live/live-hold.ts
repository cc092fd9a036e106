import type { LiveHold } from "@fengshou/live-contract"
import type { HoldRow } from "../../../modules/livestream/claims"

/** A fresh hold token: the key a click's holds are kept under until the shopper goes on to a cart. */
export const newHoldToken = () => `hold_${crypto.randomUUID().replace(/-/g, "")}`

export const toLiveHold = (h: HoldRow): LiveHold => ({
  session_product_id: h.session_product_id,
  variant_id: h.variant_id,
  quantity: Number(h.quantity),
  expires_at: new Date(h.expires_at).toISOString(),
})
