import { z } from "zod"
import { SessionSchema } from "./session"

/** POST /host/sessions/:id/links: the items the link puts in the cart; expiry defaults to 24 h after the session's end or start. */
export const CreateCartLinkBodySchema = z.object({
  items: z
    .array(z.object({ session_product_id: z.string().min(1), quantity: z.number().int().min(1).max(99) }))
    .min(1, "A cart link holds at least one product.")
    .max(50, "A cart link holds at most 50 products."),
  expires_at: z.iso.datetime({ offset: true }).nullish(),
})
export type CreateCartLinkBody = z.infer<typeof CreateCartLinkBodySchema>

export const CartLinkSchema = z.object({
  id: z.string(),
  /** Short, unguessable; the shopper opens /l/<code>. */
  code: z.string(),
  session_id: z.string(),
  items: z.array(z.object({ session_product_id: z.string(), quantity: z.number().int() })),
  expires_at: z.string(),
  created_at: z.string(),
})
export type CartLink = z.infer<typeof CartLinkSchema>

/** GET /store/live/links/:code: the session as shoppers see it (no promotion codes, no sold counts beyond `remaining`). */
export const PublicSessionSchema = SessionSchema.omit({ products: true }).extend({
  // The cooperative's limits and decisions are between it and the host.
  products: z.array(
    SessionSchema.shape.products.element.omit({
      sold: true,
      stock_cap: true,
      consent_status: true,
      consent_note: true,
      consent_reason: true,
      consent_floor_fen: true,
      consent_cap_max: true,
    }),
  ),
})
export type PublicSession = z.infer<typeof PublicSessionSchema>

export const PublicCartLinkSchema = z.object({
  code: z.string(),
  expires_at: z.string(),
  session: PublicSessionSchema,
  items: z.array(z.object({ session_product_id: z.string(), quantity: z.number().int() })),
})
export type PublicCartLink = z.infer<typeof PublicCartLinkSchema>

/** Why a link or session cannot sell: 404 unknown, 410 the rest. The storefront shows a friendly page for each. */
export const LIVE_UNAVAILABLE = [
  "link_unknown",
  "link_expired",
  "session_not_started",
  "session_ended",
  "sold_out",
] as const
export type LiveUnavailable = (typeof LIVE_UNAVAILABLE)[number]

/** POST /store/live/links/:code/cart and POST /store/live/sessions/:id/cart */
export const LinkToCartBodySchema = z.object({ cart_id: z.string().nullish() })
export const SessionToCartBodySchema = z.object({
  cart_id: z.string().nullish(),
  session_product_id: z.string().min(1),
  quantity: z.number().int().min(1).max(99).default(1),
})
export const LiveCartResponseSchema = z.object({ cart_id: z.string(), session_id: z.string() })
