import { toAddressView, type AddressView, type WireAddress } from "@/lib/address/medusa-address"
import { toCartView, type CartLineView, type WireLineItem } from "./cart"

type Amount = number | string | null | undefined

export type WireOrder = {
  id: string
  display_id?: number | null
  created_at?: string | Date | null
  status?: string | null
  email?: string | null
  customer_id?: string | null
  item_total?: Amount
  shipping_total?: Amount
  total?: Amount
  items?: WireLineItem[] | null
  shipping_address?: WireAddress | null
  shipping_methods?: { name?: string | null }[] | null
}

export type OrderView = {
  id: string
  /** The number shoppers quote ("#1024"); Medusa's `display_id`. */
  displayId: number | null
  createdAt: string | null
  status: string
  customerId: string | null
  itemCount: number
  lines: CartLineView[]
  itemsFen: number
  shippingFen: number
  totalFen: number
  shippingAddress: AddressView | null
  shippingMethods: string[]
}

export function toOrderView(order: WireOrder): OrderView {
  // Orders carry the same line and total fields as carts, so the fen conversion is shared.
  const cart = toCartView({ ...order, shipping_address: null, shipping_methods: null })
  return {
    id: order.id,
    displayId: order.display_id ?? null,
    createdAt: order.created_at ? new Date(order.created_at).toISOString() : null,
    status: order.status ?? "pending",
    customerId: order.customer_id ?? null,
    itemCount: cart.itemCount,
    lines: cart.lines,
    itemsFen: cart.itemsFen,
    shippingFen: cart.shippingFen,
    totalFen: cart.totalFen,
    shippingAddress: order.shipping_address ? toAddressView(order.shipping_address) : null,
    shippingMethods: (order.shipping_methods ?? []).flatMap((m) => (m.name ? [m.name] : [])),
  }
}
