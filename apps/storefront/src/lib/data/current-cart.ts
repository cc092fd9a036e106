// Reads for pages and GET /api/cart: the shopper's open cart, from the httpOnly cart cookie.
import "server-only"
import { BackendUnavailableError } from "@/lib/medusa"
import { getCartId } from "@/lib/session"
import { toCartView, type CartView } from "@/lib/view/cart"
import { retrieveCart, type StoreCart } from "./cart"

export async function getCurrentCart(): Promise<StoreCart | null> {
  const cartId = await getCartId()
  return cartId ? retrieveCart(cartId) : null
}

/** The cart for the first render of a page; undefined when the backend is unreachable (the browser retries). */
export async function getInitialCartView(): Promise<CartView | null | undefined> {
  try {
    const cart = await getCurrentCart()
    return cart ? toCartView(cart) : null
  } catch (error) {
    if (error instanceof BackendUnavailableError) return undefined
    throw error
  }
}
