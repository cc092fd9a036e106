import { z } from "zod"
import { CartLocaleSchema, LinkToCartBodySchema, LiveHoldSchema } from "./link"

const MOBILE = /^1[3-9]\d{9}$/
const PHONE_MESSAGE = "shipping_address.phone must be a mainland mobile number of 11 digits, such as 13800138000."

/**
 * The shipping address as Medusa stores it for a Chinese delivery (the storefront's mapping, medusa-address.ts):
 * first_name the recipient's whole name, province and city names, address_2 the district, address_1 the street.
 * The phone must be a mainland mobile: the per-shopper live limit counts it, and the courier calls it. Spaces, dashes
 * and a +86 / 0086 prefix are dropped, so "+86 138-0013-8000" arrives as 13800138000. Medusa's validator words
 * missing and too-short fields itself ("Value for field 'shipping_address, address_1' too small"), so only the format
 * rules carry a message of ours.
 */
export const ExpressAddressSchema = z.object({
  first_name: z.string().trim().min(1).max(25),
  last_name: z.string().trim().max(25).default(""),
  phone: z
    .string()
    .transform((raw) => raw.replace(/[\s\-().]/g, "").replace(/^(\+86|0086)/, ""))
    .refine((mobile) => MOBILE.test(mobile), PHONE_MESSAGE),
  country_code: z.literal("cn"),
  province: z.string().trim().min(1).max(40),
  city: z.string().trim().min(1).max(40),
  address_1: z.string().trim().min(4).max(120),
  address_2: z.string().trim().max(60).optional(),
  postal_code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "shipping_address.postal_code is 6 digits, or leave it out.")
    .optional(),
  metadata: z.object({ division_code: z.string().regex(/^\d{6}$/) }).optional(),
})
export type ExpressAddress = z.infer<typeof ExpressAddressSchema>

/**
 * POST /store/live/links/:code/express: the link's items in a new cart with everything a checkout needs, in one
 * request; the shopper then pays and calls Medusa's own POST /store/carts/:id/complete. Without a shipping option the
 * cheapest for each kind of goods in the cart is taken; without a provider, the system provider when the region
 * offers it, else the region's first.
 */
export const LinkExpressBodySchema = z.object({
  email: z.email({ message: "email: give a valid e-mail address for the order confirmation." }),
  shipping_address: ExpressAddressSchema,
  shipping_option_id: z.string().min(1).optional(),
  provider_id: z.string().min(1).optional(),
  /** The token of the shopper's hold at the click: its holds go into the new cart instead of holding again. */
  hold_token: LinkToCartBodySchema.shape.hold_token,
  /** The cart's language (line titles are translated into it), e.g. en-US; Medusa's default when left out. */
  locale: CartLocaleSchema.optional(),
})
export type LinkExpressBody = z.infer<typeof LinkExpressBodySchema>

/** The express answer: the cart, its holds (库存预扣, running until `expires_at`) and the payment to confirm. */
export const LiveExpressResponseSchema = z.object({
  cart_id: z.string(),
  session_id: z.string(),
  holds: z.array(LiveHoldSchema),
  /** What the shopper pays, shipping included, in fen. */
  total_fen: z.number().int(),
  shipping_option_ids: z.array(z.string()),
  payment_collection: z.object({
    id: z.string(),
    amount_fen: z.number().int(),
    currency_code: z.string(),
  }),
  /** For Stripe, `data.client_secret` feeds the Payment Element; the system provider needs nothing. */
  payment_session: z.object({
    id: z.string(),
    provider_id: z.string(),
    data: z.record(z.string(), z.unknown()).nullable(),
  }),
})
export type LiveExpressResponse = z.infer<typeof LiveExpressResponseSchema>
