import { z } from "zod"
import { count, fen, pageFields } from "./shared"
import { CooperativeOrderSchema } from "./console-orders"

// After the sale: what a shopper sees of an order (status, shipments, returns) and what a cooperative does with it
// (ship, mark delivered, cancel, receive and refund returns). Shared by the backend's routes and the storefront.

/** The carriers a cooperative picks from; the code is stored in the fulfillment's label, the names are shown. */
export const CARRIERS = {
  sf: { zh: "顺丰速运", en: "SF Express" },
  zto: { zh: "中通快递", en: "ZTO Express" },
  yto: { zh: "圆通速递", en: "YTO Express" },
  yunda: { zh: "韵达快递", en: "Yunda Express" },
  sto: { zh: "申通快递", en: "STO Express" },
  ems: { zh: "EMS", en: "EMS" },
  jd: { zh: "京东物流", en: "JD Logistics" },
  postal: { zh: "中国邮政", en: "China Post" },
  jitu: { zh: "极兔速递", en: "J&T Express" },
  debang: { zh: "德邦快递", en: "Deppon Express" },
} as const
export type CarrierCode = keyof typeof CARRIERS
export const CARRIER_CODES = Object.keys(CARRIERS) as [CarrierCode, ...CarrierCode[]]
export const CarrierCodeSchema = z.enum(CARRIER_CODES, {
  message: `carrier must be one of ${CARRIER_CODES.join(", ")}`,
})

/**
 * What a shopper reads on an order, derived from Medusa's payment, fulfillment and return state, in this order of
 * precedence: canceled; refunding (a return requested or received and not yet refunded); refunded (payment_status
 * refunded or partially_refunded with no open return); delivered (every line delivered); shipped (every line
 * shipped); partially shipped (some units shipped); awaiting shipment (paid: captured or authorized); awaiting payment.
 * zh: 待付款, 待发货, 部分发货, 已发货, 已签收, 已取消, 退款中, 已退款.
 */
export const SHOPPER_ORDER_STATUSES = [
  "awaiting_payment",
  "awaiting_shipment",
  "partially_shipped",
  "shipped",
  "delivered",
  "canceled",
  "refunding",
  "refunded",
] as const
export const ShopperOrderStatusSchema = z.enum(SHOPPER_ORDER_STATUSES)
export type ShopperOrderStatus = z.infer<typeof ShopperOrderStatusSchema>

/** Why a shopper returns goods (Medusa return reasons seeded with these values). */
export const RETURN_REASONS = ["quality", "missing_items", "wrong_item", "damaged", "no_reason"] as const
export const ReturnReasonSchema = z.enum(RETURN_REASONS, {
  message: `reason must be one of ${RETURN_REASONS.join(", ")}`,
})
export type ReturnReason = z.infer<typeof ReturnReasonSchema>
/** 七天无理由退货: "no_reason" is accepted within this many days of delivery (or of shipping, if not marked delivered). */
export const NO_REASON_RETURN_DAYS = 7

export const ShipmentSchema = z.object({
  id: z.string(),
  carrier: CarrierCodeSchema.nullable(),
  /** The carrier as the cooperative typed it before the fixed list existed, when not one of CARRIERS. */
  carrier_text: z.string().nullable(),
  tracking_number: z.string().nullable(),
  shipped_at: z.string().nullable(),
  delivered_at: z.string().nullable(),
  items: z.array(z.object({ line_item_id: z.string(), quantity: count })),
})
export type Shipment = z.infer<typeof ShipmentSchema>

export const RETURN_STATUSES = ["requested", "received", "partially_received", "canceled", "refunded"] as const
export const ReturnStatusSchema = z.enum(RETURN_STATUSES)

export const OrderReturnSchema = z.object({
  id: z.string(),
  status: ReturnStatusSchema,
  created_at: z.string(),
  received_at: z.string().nullable(),
  refunded_fen: fen,
  items: z.array(
    z.object({
      line_item_id: z.string(),
      quantity: count,
      received_quantity: count,
      reason: ReturnReasonSchema.nullable(),
      note: z.string().nullable(),
    }),
  ),
})
export type OrderReturn = z.infer<typeof OrderReturnSchema>

export const ShopperOrderLineSchema = z.object({
  id: z.string(),
  title: z.string(),
  variant_title: z.string().nullable(),
  product_handle: z.string().nullable(),
  thumbnail: z.string().nullable(),
  quantity: count,
  unit_price_fen: fen,
  total_fen: fen,
  shipped_quantity: count,
  delivered_quantity: count,
  /** Units already in a return (requested or received), not counting canceled returns. */
  returned_quantity: count,
  /** Units the shopper may still ask to return now (shipped, not yet in a return). */
  returnable_quantity: count,
})

/** GET /store/order-status/:id and the answer of its actions. */
export const ShopperOrderSchema = z.object({
  id: z.string(),
  display_id: z.number().int(),
  created_at: z.string(),
  locale: z.string().nullable(),
  status: ShopperOrderStatusSchema,
  payment_status: z.string(),
  fulfillment_status: z.string(),
  email: z.string().nullable(),
  shipping_address: z.record(z.string(), z.string().nullable()).nullable(),
  items: z.array(ShopperOrderLineSchema),
  shipments: z.array(ShipmentSchema),
  returns: z.array(OrderReturnSchema),
  item_total_fen: fen,
  shipping_total_fen: fen,
  total_fen: fen,
  refunded_fen: fen,
  /** True while nothing has been shipped and the order is not canceled. */
  can_cancel: z.boolean(),
  /** The last day (Shanghai) a "no_reason" return is accepted, once something was shipped. */
  no_reason_until: z.string().nullable(),
})
export type ShopperOrder = z.infer<typeof ShopperOrderSchema>
export const ShopperOrderResponseSchema = z.object({ order: ShopperOrderSchema })
export type ShopperOrderResponse = z.infer<typeof ShopperOrderResponseSchema>

/** POST /store/order-lookup: a guest finds an order by its number and the mobile number it ships to. */
export const OrderLookupBodySchema = z.object({
  display_id: z.coerce
    .number({ message: "display_id must be the order number" })
    .int("display_id must be the order number")
    .positive("display_id must be the order number"),
  phone: z
    .string({ message: "phone must be the 11-digit mobile number the order ships to" })
    .trim()
    .regex(/^(\+?86[- ]?)?1\d{10}$/, "phone must be the 11-digit mobile number the order ships to"),
})
export type OrderLookupBody = z.infer<typeof OrderLookupBodySchema>
/** The answer: the order and a token (valid 24 h, for this order only) to send as `x-order-token` afterwards. */
export const OrderLookupResponseSchema = z.object({ order: ShopperOrderSchema, order_token: z.string() })
export type OrderLookupResponse = z.infer<typeof OrderLookupResponseSchema>

/** POST /store/order-status/:id/returns */
export const ReturnRequestBodySchema = z.object({
  items: z
    .array(
      z.object({
        id: z.string().min(1, "items.id must be one of the order's lines"),
        quantity: z.number().int("items.quantity must be a whole number").positive("items.quantity must be at least 1"),
        reason: ReturnReasonSchema,
        note: z.string().max(500, "note must be at most 500 characters").nullish(),
      }),
    )
    .min(1, "items needs at least one line to return"),
})
export type ReturnRequestBody = z.infer<typeof ReturnRequestBodySchema>

// ---- the cooperative's side ----

/** GET /cooperative/orders?status=to_ship|shipped|all&q= (q: order number, recipient name, phone or tracking number) */
export const COOPERATIVE_ORDER_FILTERS = ["to_ship", "shipped", "all"] as const
export const CooperativeOrderFilterSchema = z.enum(COOPERATIVE_ORDER_FILTERS)

/** A cooperative's order with its own shipments (only its own lines' fulfillments). */
export const CooperativeOrderWithShipmentsSchema = CooperativeOrderSchema.extend({
  shipments: z.array(ShipmentSchema),
  fulfillment_status: z.string(),
})
export const CooperativeOrderWithShipmentsListSchema = z.object({
  orders: z.array(CooperativeOrderWithShipmentsSchema),
  ...pageFields,
})

/** A return of the cooperative's own lines, for its returns inbox (GET /cooperative/returns?status=). */
export const CooperativeReturnSchema = z.object({
  id: z.string(),
  order_id: z.string(),
  display_id: z.number().int(),
  status: ReturnStatusSchema,
  created_at: z.string(),
  received_at: z.string().nullable(),
  refunded_fen: fen,
  /** The most the cooperative may refund for this return: the returned units' share of what was paid for them. */
  refundable_fen: fen,
  items: z.array(
    z.object({
      line_item_id: z.string(),
      title: z.string(),
      variant_title: z.string().nullable(),
      quantity: count,
      received_quantity: count,
      unit_price_fen: fen,
      reason: ReturnReasonSchema.nullable(),
      note: z.string().nullable(),
    }),
  ),
})
export type CooperativeReturn = z.infer<typeof CooperativeReturnSchema>
export const CooperativeReturnListSchema = z.object({ returns: z.array(CooperativeReturnSchema), ...pageFields })
export const CooperativeReturnResponseSchema = z.object({ return: CooperativeReturnSchema })

/** POST /cooperative/returns/:id/receive: units received per line (defaults to all requested). */
export const ReceiveReturnBodySchema = z.object({
  items: z
    .array(
      z.object({
        line_item_id: z.string().min(1),
        quantity: z.number().int("items.quantity must be a whole number").positive("items.quantity must be at least 1"),
      }),
    )
    .optional(),
})
/** POST /cooperative/returns/:id/refund: a partial refund is allowed, never more than refundable_fen. */
export const RefundReturnBodySchema = z.object({
  amount_fen: z
    .number({ message: "amount_fen must be a whole number of fen" })
    .int("amount_fen must be a whole number of fen")
    .positive("amount_fen must be at least 1 fen"),
})
/** POST /cooperative/orders/:id/cancel */
export const CancelOrderBodySchema = z.object({
  reason: z.string().trim().min(1, "reason says why the order cannot be shipped").max(200),
})
