import { z } from "zod"
import { count, fen, medusaGrams, pageFields } from "./shared"

/** One of the cooperative's own lines of an order (another cooperative's lines of a mixed order never appear). */
export const CooperativeOrderItemSchema = z.object({
  id: z.string(),
  product_id: z.string().nullable(),
  variant_id: z.string().nullable(),
  title: z.string(),
  variant_title: z.string().nullable(),
  sku: z.string().nullable(),
  quantity: count,
  quantity_g: medusaGrams,
  unit_price_fen: fen,
  total_fen: fen,
  fulfilled_quantity: count,
  shipped_quantity: count,
})
export type CooperativeOrderItem = z.infer<typeof CooperativeOrderItemSchema>

/** Medusa's order payment_status: paid orders are "captured" (Stripe captures at payment), "refunded" after a refund. */
export const ORDER_PAYMENT_STATUSES = [
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "captured",
  "partially_captured",
  "partially_refunded",
  "refunded",
  "canceled",
  "requires_action",
] as const
export const OrderPaymentStatusSchema = z.enum(ORDER_PAYMENT_STATUSES)
export type OrderPaymentStatus = z.infer<typeof OrderPaymentStatusSchema>

/** An order holding the cooperative's items, with the address it must ship to and how far its payment is. */
export const CooperativeOrderSchema = z.object({
  id: z.string(),
  display_id: z.number().int(),
  status: z.string(),
  created_at: z.string(),
  canceled_at: z.string().nullable(),
  currency_code: z.string(),
  payment_status: OrderPaymentStatusSchema,
  shipping_address: z.record(z.string(), z.string().nullable()).nullable(),
  items: z.array(CooperativeOrderItemSchema),
  items_total_fen: fen,
})
export type CooperativeOrder = z.infer<typeof CooperativeOrderSchema>

/** GET /cooperative/orders (newest first) */
export const CooperativeOrderListResponseSchema = z.object({ orders: z.array(CooperativeOrderSchema), ...pageFields })
export type CooperativeOrderListResponse = z.infer<typeof CooperativeOrderListResponseSchema>

/** GET /cooperative/orders/:id */
export const CooperativeOrderResponseSchema = z.object({ order: CooperativeOrderSchema })
export type CooperativeOrderResponse = z.infer<typeof CooperativeOrderResponseSchema>
