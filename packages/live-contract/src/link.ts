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

/** A hold token: the key a click's holds are kept under until the shopper goes on to a cart (`hold_` + 32 hex). */
export const HOLD_TOKEN = /^hold_[0-9a-f]{32}$/
const HoldTokenSchema = z
  .string()
  .regex(
    HOLD_TOKEN,
    "hold_token must be the token a hold answered (hold_ and 32 hex digits); leave it out to hold anew.",
  )

/**
 * POST /store/live/links/:code/hold: the click that only holds (库存预扣), no cart. With the token of an earlier hold
 * the link's offers it still holds are answered as they are and the others held under it; without one, a new token.
 * With the shopper's cart, offers that cart already holds are not held again (`in_cart` when that is all of them).
 */
export const LinkHoldBodySchema = z.strictObject({
  hold_token: HoldTokenSchema.optional(),
  cart_id: z.string().max(100).nullish(),
})
export type LinkHoldBody = z.infer<typeof LinkHoldBodySchema>

/**
 * The language a new cart is kept in (Medusa's cart `locale`, BCP 47 such as zh-CN or en-US): line titles are
 * translated into it when the cart is made, so the storefront need not update the cart (a whole-cart refresh) after.
 */
export const CartLocaleSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "locale must be a BCP 47 language tag such as zh-CN or en-US.")

/** POST /store/live/links/:code/cart and POST /store/live/sessions/:id/cart; a hold token's holds go into the cart. */
export const LinkToCartBodySchema = z.object({
  cart_id: z.string().nullish(),
  hold_token: HoldTokenSchema.nullish(),
  /** A new cart's language; a cart the shopper already has keeps its own. */
  locale: CartLocaleSchema.optional(),
})
export type LinkToCartBody = z.infer<typeof LinkToCartBodySchema>
export const SessionToCartBodySchema = z.object({
  cart_id: z.string().nullish(),
  session_product_id: z.string().min(1),
  quantity: z.number().int().min(1).max(99).default(1),
  locale: CartLocaleSchema.optional(),
})
/**
 * A hold (库存预扣): units of a live offer taken from its cap for a cart at the shopper's first click (opening a link,
 * adding from the shelf), kept until `expires_at` (default 10 minutes, LIVE_HOLD_MINUTES). Completing the checkout
 * converts it into the order's units; an unpaid hold is given back when it expires; a failed checkout gives it back.
 */
export const LiveHoldSchema = z.object({
  session_product_id: z.string(),
  variant_id: z.string(),
  quantity: z.number().int().min(1),
  expires_at: z.string(),
})
export type LiveHold = z.infer<typeof LiveHoldSchema>

/**
 * POST /store/live/links/:code/cart and POST /store/live/sessions/:id/cart: the cart and every hold it has now (the
 * new ones and any earlier ones still running). Sold out answers 409 `sold_out`, a shopper over the per-shopper
 * limit 400 `live_limit_reached`, at this click; a link whose offers are partly gone holds what is left.
 */
export const LiveCartResponseSchema = z.object({
  cart_id: z.string(),
  session_id: z.string(),
  holds: z.array(LiveHoldSchema),
})
export type LiveCartResponse = z.infer<typeof LiveCartResponseSchema>

/**
 * GET /store/live/carts/:id/holds: the cart's running holds (expired ones are released on this read) and the
 * server's clock, so a countdown on a phone with a wrong clock still ends when the hold does.
 */
export const LiveCartHoldsSchema = z.object({ holds: z.array(LiveHoldSchema), now: z.string() })
export type LiveCartHolds = z.infer<typeof LiveCartHoldsSchema>

/**
 * POST /store/live/links/:code/hold: the token the holds are kept under (send it with the cart or express request,
 * and read GET /store/live/carts/<token>/holds for the countdown), the holds running under it and the server's clock.
 * Sold out answers 409 `sold_out`, over the per-shopper limit 400 `live_limit_reached`.
 */
export const LiveHoldResponseSchema = z.object({
  hold_token: z.string(),
  session_id: z.string(),
  holds: z.array(LiveHoldSchema),
  now: z.string(),
  /** Every offer of the link is held by the cart the click named (it was opened again after going on): see the cart. */
  in_cart: z.boolean(),
})
export type LiveHoldResponse = z.infer<typeof LiveHoldResponseSchema>
