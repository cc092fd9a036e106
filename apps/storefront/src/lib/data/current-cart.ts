// Reads for pages and GET /api/cart: the shopper's open cart, from the httpOnly cart cookie.
import "server-only"
import { headers } from "next/headers"
import { cache } from "react"
import { BackendUnavailableError } from "@/lib/medusa"
import { getCartId } from "@/lib/session"
import { toCartView, type CartView } from "@/lib/view/cart"
import { retrieveCart, retrieveCartForPayment, type StoreCart } from "./cart"

/**
 * The shopper's open cart, or null. Once per page render: the root layout (the header's cart) and the page (the
 * checkout, the cart, the held page) share one read. Server actions and route handlers read afresh on every call.
 */
export const getCurrentCart = cache(async (): Promise<StoreCart | null> => {
  const cartId = await getCartId()
  return cartId ? retrieveCart(cartId) : null
})

/** The shopper's open cart with the payment sessions already started (the payment step's read). */
export async function getCurrentCartForPayment(): Promise<StoreCart | null> {
  const cartId = await getCartId()
  return cartId ? retrieveCartForPayment(cartId) : null
}

/**
 * The cart for the first render of a page; undefined when the backend is unreachable or when the page is rendered
 * once for Next's cache (a catalog page: that render has no request, so no headers or cookies at all): the browser
 * then reads its own cart.
 */
export async function getInitialCartView(): Promise<CartView | null | undefined> {
  if (!(await headers()).has("host")) return undefined
  try {
    const cart = await getCurrentCart()
    return cart ? toCartView(cart) : null
  } catch (error) {
    if (error instanceof BackendUnavailableError) return undefined
    throw error
  }
}
