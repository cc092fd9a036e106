import { z } from "zod"
import { SESSION_STATUSES } from "./session"

/** GET /host/sessions/:id/stats, and each `stats` event of GET /host/sessions/:id/stream. */
export const SessionStatsSchema = z.object({
  session_id: z.string(),
  status: z.enum(SESSION_STATUSES),
  /** Placed orders through this session, canceled ones excluded. */
  orders: z.number().int(),
  /** Merchandise at live prices less refunds, fen: a fully refunded order adds nothing. */
  gmv_fen: z.number().int(),
  refunded_fen: z.number().int(),
  units: z.number().int(),
  products: z.array(
    z.object({
      session_product_id: z.string(),
      variant_id: z.string(),
      title: z.string(),
      /** Units and sales (fen) as placed, before refunds. */
      units: z.number().int(),
      gmv_fen: z.number().int(),
      stock_cap: z.number().int(),
      remaining: z.number().int(),
    }),
  ),
  last_order_at: z.string().nullable(),
})
export type SessionStats = z.infer<typeof SessionStatsSchema>

/** GET /host/commissions */
export const CommissionReportSchema = z.object({
  commission_rate_bps: z.number().int(),
  refund_window_days: z.number(),
  totals: z.object({
    orders: z.number().int(),
    net_sales_fen: z.number().int(),
    /** Earned on orders still inside the refund window. */
    pending_fen: z.number().int(),
    /** Earned on orders past the window: payable. */
    confirmed_fen: z.number().int(),
    /** Given back by refunds and cancellations. */
    reversed_fen: z.number().int(),
  }),
  sessions: z.array(
    z.object({
      session_id: z.string(),
      title: z.string(),
      orders: z.number().int(),
      net_sales_fen: z.number().int(),
      pending_fen: z.number().int(),
      confirmed_fen: z.number().int(),
      reversed_fen: z.number().int(),
    }),
  ),
})
export type CommissionReport = z.infer<typeof CommissionReportSchema>
