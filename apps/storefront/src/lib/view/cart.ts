// Carts as the UI sees them: money in integer fen, converted once from Medusa's decimal yuan.
import { yuanToFen } from "@fengshou/relief-core"
import { toAddressView, type AddressView, type WireAddress } from "@/lib/address/medusa-address"

// The browser's cart code (optimistic quantity changes) imports these from cart-quantity.ts directly, so the wire
// conversion below, relief-core and the address mapping stay out of every page's bundle.
export { paidUnitFen, withQuantity } from "./cart-quantity"

type Amount = number | string | null | undefined

export type WireLineItem = {
  id: string
  variant_id?: string | null
  product_id?: string | null
  product_handle?: string | null
  product_title?: string | null
  variant_title?: string | null
  title?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: Amount
  total?: Amount
}

export type WireCart = {
  id: string
  locale?: string | null
  email?: string | null
  customer_id?: string | null
  completed_at?: string | Date | null
  item_total?: Amount
  shipping_total?: Amount
  total?: Amount
  items?: WireLineItem[] | null
  shipping_address?: WireAddress | null
  shipping_methods?: { shipping_option_id?: string | null }[] | null
  metadata?: Record<string, unknown> | null
}

export type CartLineView = {
  id: string
  variantId: string | null
  handle: string | null
  title: string
  variantTitle: string | null
  thumbnail: string | null
  quantity: number
  unitPriceFen: number
  totalFen: number
  /** The line at the shelf price; above `totalFen` when a discount (a live price) applies. */
  listTotalFen: number
}

export type CartView = {
  id: string
  locale: string | null
  email: string | null
  itemCount: number
  lines: CartLineView[]
  itemsFen: number
  shippingFen: number
  totalFen: number
  shippingAddress: AddressView | null
  shippingOptionIds: string[]
  /** The live session the cart came from (a cart link or a session's shelf stamps it), else null. */
  liveSessionId: string | null
}

const fen = (amount: Amount): number => (amount == null || amount === "" ? 0 : yuanToFen(amount))

function toLine(item: WireLineItem): CartLineView {
  const unitPriceFen = fen(item.unit_price)
  return {
    id: item.id,
    variantId: item.variant_id ?? null,
    handle: item.product_handle ?? null,
    title: item.product_title || item.title || "",
    variantTitle: item.variant_title || null,
    thumbnail: item.thumbnail || null,
    quantity: item.quantity,
    unitPriceFen,
    // Medusa's line total includes discounts; without one, it is the unit price times the quantity.
    totalFen: item.total == null ? unitPriceFen * item.quantity : fen(item.total),
    listTotalFen: unitPriceFen * item.quantity,
  }
}

// Newest line last would reorder lines on every update; Medusa's ids (ULIDs) sort by creation.
const byId = (a: CartLineView, b: CartLineView) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function toCartView(cart: WireCart): CartView {
  const lines = (cart.items ?? []).map(toLine).sort(byId)
  return {
    id: cart.id,
    locale: cart.locale ?? null,
    email: cart.email ?? null,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    lines,
    itemsFen: fen(cart.item_total),
    shippingFen: fen(cart.shipping_total),
    totalFen: fen(cart.total),
    shippingAddress: cart.shipping_address?.address_1 ? toAddressView(cart.shipping_address) : null,
    shippingOptionIds: (cart.shipping_methods ?? []).flatMap((m) =>
      m.shipping_option_id ? [m.shipping_option_id] : [],
    ),
    liveSessionId: typeof cart.metadata?.live_session_id === "string" ? cart.metadata.live_session_id : null,
  }
}
