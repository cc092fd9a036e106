// After the backend put live items in a cart, make that cart the shopper's exactly as add-to-cart would: the cart
// cookie, the shopper's language for line titles, and the signed-in customer as its owner.
import "server-only"
import { cartLocale } from "@/i18n/cart-locale"
import type { Locale } from "@/i18n/routing"
import { retrieveCart, transferCart, updateCart, type StoreCart } from "@/lib/data/cart"
import { getCustomerToken, setCartId } from "@/lib/session"

/** `cartId` is what the backend answered; `previousId` the usable cart we sent (null when it made a new one). */
export async function adoptCart(cartId: string, previousId: string | null, locale: Locale): Promise<StoreCart | null> {
  if (cartId === previousId) return retrieveCart(cartId)
  await setCartId(cartId)
  let cart = await retrieveCart(cartId)
  if (!cart) return null
  const token = await getCustomerToken()
  if (token && !cart.customer_id) cart = await transferCart(cart.id, token)
  if (cart.locale !== cartLocale(locale)) cart = await updateCart(cart.id, { locale: cartLocale(locale) })
  return cart
}

/** The cart in the cookie when it can still take items, so the backend adds to it rather than starting another. */
export async function usableCartId(cookieCartId: string | null): Promise<string | null> {
  if (!cookieCartId) return null
  return (await retrieveCart(cookieCartId))?.id ?? null
}
