import { z } from "zod"
import { HostHandlesSchema, LIVE_PLATFORMS } from "./host"

export const SESSION_STATUSES = ["scheduled", "live", "ended"] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]

const isoDateTime = z.iso.datetime({ offset: true, message: "Use an ISO date-time such as 2026-11-22T20:00:00+08:00." })

/** POST /host/sessions */
export const CreateSessionBodySchema = z.object({
  title: z.string().trim().min(1, "Give the session a title.").max(80),
  platform: z.enum(LIVE_PLATFORMS, { message: `Platform is one of ${LIVE_PLATFORMS.join(", ")}.` }),
  scheduled_start_at: isoDateTime,
  scheduled_end_at: isoDateTime.nullish(),
})
export type CreateSessionBody = z.infer<typeof CreateSessionBodySchema>
/** POST /host/sessions/:id (not once ended) */
export const UpdateSessionBodySchema = CreateSessionBodySchema.partial()
export type UpdateSessionBody = z.infer<typeof UpdateSessionBodySchema>

/** The highest unit price we take anywhere (¥1,000,000): far above any farm product, far below where yuan lose
 * precision or a 32-bit column overflows. */
export const MAX_UNIT_PRICE_FEN = 100_000_000
const fen = z
  .number()
  .int("Amounts are whole fen.")
  .positive("Amounts are above zero.")
  .max(MAX_UNIT_PRICE_FEN, `A price is at most ${MAX_UNIT_PRICE_FEN} fen (¥1,000,000).`)
/** POST /host/sessions/:id/products: one size of a catalog product at its live price. */
export const AddSessionProductBodySchema = z.object({
  variant_id: z.string().min(1),
  live_price_fen: fen,
  stock_cap: z.number().int().min(1, "The stock cap is at least 1.").max(100_000),
  per_customer_limit: z.number().int().min(1, "Each shopper may buy at least 1.").max(99),
})
export type AddSessionProductBody = z.infer<typeof AddSessionProductBodySchema>
/** POST /host/sessions/:id/products/:product_id */
export const UpdateSessionProductBodySchema = AddSessionProductBodySchema.omit({ variant_id: true }).partial()
export type UpdateSessionProductBody = z.infer<typeof UpdateSessionProductBodySchema>

export const SessionProductSchema = z.object({
  id: z.string(),
  product_id: z.string(),
  product_handle: z.string(),
  variant_id: z.string(),
  product_title: z.string(),
  variant_title: z.string(),
  thumbnail: z.string().nullable(),
  /** The shelf price when the live price was set, fen. */
  base_price_fen: z.number().int(),
  live_price_fen: z.number().int(),
  stock_cap: z.number().int(),
  per_customer_limit: z.number().int(),
  /** Units in placed orders (canceled orders give theirs back). */
  sold: z.number().int(),
  remaining: z.number().int(),
  /**
   * Why the offer is not sold now: the cooperative lowered the shelf price below its live floor. Null while selling.
   * The shopper pays the live price, or the shelf price when that became lower (base_price_fen follows the shelf).
   */
  paused_reason: z.string().nullable(),
  /**
   * The cooperative's consent: not_needed (inside its floor and cap), pending (outside them: cannot start or sell until
   * approved), approved, declined (consent_reason says why). consent_note says which limit the offer is outside.
   */
  consent_status: z.enum(["not_needed", "pending", "approved", "declined"]),
  consent_note: z.string().nullable(),
  /** The cooperative's floor the live price is below, and its largest cap the stock cap is above; null where inside. */
  consent_floor_fen: z.number().int().nullable(),
  consent_cap_max: z.number().int().nullable(),
  consent_reason: z.string().nullable(),
})
export type SessionProduct = z.infer<typeof SessionProductSchema>

/** What the host sees; the promotion code behind each live price stays on the backend. */
export const SessionSchema = z.object({
  id: z.string(),
  title: z.string(),
  platform: z.enum(LIVE_PLATFORMS),
  status: z.enum(SESSION_STATUSES),
  scheduled_start_at: z.string(),
  scheduled_end_at: z.string().nullable(),
  started_at: z.string().nullable(),
  ended_at: z.string().nullable(),
  host: z.object({ id: z.string(), name: z.string(), handles: HostHandlesSchema }),
  products: z.array(SessionProductSchema),
})
export type Session = z.infer<typeof SessionSchema>
