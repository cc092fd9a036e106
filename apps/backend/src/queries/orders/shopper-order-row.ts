// The order as query.graph returns it for the shopper's view (read-shopper-order.ts) and the shopper's actions.

type Money = number | string | null | undefined
type When = string | Date | null

export type OrderRow = {
  id: string
  display_id: number
  status: string
  created_at: string | Date
  canceled_at: When
  currency_code: string
  email: string | null
  customer_id: string | null
  locale?: string | null
  metadata?: Record<string, unknown> | null
  shipping_address?: Record<string, unknown> | null
  item_total: Money
  shipping_total: Money
  total: Money
  items: {
    id: string
    title: string
    product_title: string | null
    product_handle?: string | null
    variant_title?: string | null
    thumbnail?: string | null
    quantity: number
    unit_price: Money
    /** After a return is received, Medusa's line total is for the units kept; the returned ones' are apart. */
    total: Money
    return_received_total?: Money
    return_dismissed_total?: Money
    detail?: { shipped_quantity: number; delivered_quantity: number; fulfilled_quantity: number } | null
  }[]
  fulfillments?:
    | {
        id: string
        location_id: string | null
        shipped_at: When
        delivered_at: When
        canceled_at: When
        packed_at: When
        metadata?: Record<string, unknown> | null
        labels?: { tracking_number: string | null; tracking_url: string | null }[] | null
        items?: { line_item_id: string | null; quantity: number }[] | null
      }[]
    | null
  returns?:
    | {
        id: string
        status: string
        location_id: string | null
        created_at: string | Date
        received_at: When
        items?:
          | {
              item_id: string
              quantity: number
              received_quantity: number | null
              note: string | null
              reason_id: string | null
            }[]
          | null
      }[]
    | null
  payment_collections?:
    | {
        status: string
        amount: Money
        captured_amount: Money
        refunded_amount: Money
        payments?:
          { refunds?: { id: string; amount: Money; metadata?: Record<string, unknown> | null }[] | null }[] | null
      }[]
    | null
}

export const SHOPPER_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "canceled_at",
  "currency_code",
  "email",
  "customer_id",
  "locale",
  "metadata",
  "shipping_address.*",
  // Medusa computes totals only when asked for, from the lines' tax lines and adjustments.
  "item_total",
  "shipping_total",
  "total",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.detail.*",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.packed_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
  "returns.id",
  "returns.status",
  "returns.location_id",
  "returns.created_at",
  "returns.received_at",
  // Quantities are big numbers: only "*" brings the raw value they are read from.
  "returns.items.*",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.metadata",
]
