// The last step of checkout: make sure nothing sold out meanwhile, then let Medusa turn the cart into an order.
// Any failure leaves the cart as it was (Medusa's completion workflow compensates), so the shopper can retry.
import "server-only"
import type { StoreCart } from "@/lib/data/cart"
import { variantStock } from "@/lib/data/inventory"
import { completeCart } from "@/lib/data/orders"
import { StoreApiError } from "@/lib/store-fetch"

export type SoldOutLine = { title: string; available: number }

/** Why completion refused a live-priced cart (a session's cap, a shopper's limit, an ended session). */
export const LIVE_CHECKOUT_CODES = ["live_sold_out", "live_limit_reached", "live_session_ended"] as const
export type LiveCheckoutCode = (typeof LIVE_CHECKOUT_CODES)[number]
/** `code` null for a live refusal this storefront does not know yet: the backend's message is shown instead. */
export type LiveRefusal = { code: LiveCheckoutCode | null; message: string }

export type PlaceOrderResult =
  | { ok: true; orderId: string; displayId: number | null }
  | { ok: false; reason: "soldOut"; lines: SoldOutLine[] }
  | { ok: false; reason: "live"; live: LiveRefusal }
  | { ok: false; reason: "failed" }

/** Lines asking for more than is on hand right now (variants without tracked stock never sell out). */
export async function soldOutLines(cart: StoreCart): Promise<SoldOutLine[]> {
  const items = cart.items ?? []
  const stock = await variantStock(items.flatMap((item) => (item.product_id ? [item.product_id] : [])))
  return items.flatMap((item) => {
    const available = item.variant_id ? stock.get(item.variant_id) : undefined
    if (available === null) return []
    const onHand = available ?? 0 // a variant no longer listed cannot be bought
    if (onHand >= item.quantity) return []
    const title = [item.product_title || item.title, item.variant_title].filter(Boolean).join(" ")
    return [{ title, available: Math.max(0, onHand) }]
  })
}

export async function placeOrder(cart: StoreCart): Promise<PlaceOrderResult> {
  const soldOut = await soldOutLines(cart)
  if (soldOut.length > 0) return { ok: false, reason: "soldOut", lines: soldOut }
  try {
    const result = await completeCart(cart.id)
    // Medusa answers with the cart (not an error status) when the payment was not authorized.
    if (result.type !== "order") return { ok: false, reason: "failed" }
    return { ok: true, orderId: result.order.id, displayId: result.order.display_id ?? null }
  } catch (error) {
    if (!(error instanceof StoreApiError)) throw error
    // Someone bought the last units between our check and Medusa's reservation.
    if (error.code === "insufficient_inventory")
      return { ok: false, reason: "soldOut", lines: await soldOutLines(cart) }
    if (error.code?.startsWith("live_")) {
      const code = LIVE_CHECKOUT_CODES.find((known) => known === error.code) ?? null
      return { ok: false, reason: "live", live: { code, message: error.message } }
    }
    console.warn(`[storefront] completing cart ${cart.id} failed: ${error.message}`)
    return { ok: false, reason: "failed" }
  }
}
