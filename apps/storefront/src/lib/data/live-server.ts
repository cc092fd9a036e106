// The server's side of the public livestream calls: the reads with the server's backend address, and the cart writes
// (the cart id lives in the httpOnly cookie, so only the server may name it).
import "server-only"
import { LiveCartResponseSchema, LiveExpressResponseSchema, LiveHoldResponseSchema } from "@fengshou/live-contract"
import { cartLocale } from "@/i18n/cart-locale"
import type { Locale } from "@/i18n/routing"
import type { MedusaAddressInput } from "@/lib/address/medusa-address"
import { BackendUnavailableError, getBackendConfig, toMedusaLocale } from "@/lib/medusa"
import { storeFetch } from "@/lib/store-fetch"
import { fetchCartHolds, fetchLiveLink, fetchLiveSession } from "./live"

async function serverBackend() {
  const { url, publishableKey } = await getBackendConfig()
  if (!publishableKey) throw new BackendUnavailableError("The backend has not published its API key yet")
  return { url, publishableKey }
}

/** Undici reports a refused or reset connection as a TypeError("fetch failed"). */
async function reachable<T>(read: Promise<T>): Promise<T> {
  return read.catch((error: unknown) => {
    throw error instanceof TypeError
      ? new BackendUnavailableError("The backend is not reachable", { cause: error })
      : error
  })
}

/** The link and shelf reads, titled in the page's language. */
export const getLiveLink = async (code: string, locale: Locale) =>
  reachable(fetchLiveLink(await serverBackend(), code, toMedusaLocale(locale)))
export const getLiveSession = async (id: string, locale: Locale) =>
  reachable(fetchLiveSession(await serverBackend(), id, { medusaLocale: toMedusaLocale(locale) }))

/** The running holds under a hold token (or a cart id), with the backend's clock. */
export const getLiveHolds = async (holder: string) => reachable(fetchCartHolds(await serverBackend(), holder))

/**
 * The click on a cart link (库存预扣): holds the link's units under the shopper's hold token (a new one when `token` is
 * null or unknown) and makes no cart, so a flash sale's burst of clicks is answered at once. Throws StoreApiError 404 /
 * 410 / 409 `sold_out` / 400 `live_limit_reached` when the link cannot sell.
 */
export async function holdLink(
  code: string,
  shopper: { token: string | null; cartId: string | null; customerToken: string | null },
) {
  const { token, cartId, customerToken } = shopper
  const body = await storeFetch<unknown>(`/store/live/links/${encodeURIComponent(code)}/hold`, {
    method: "POST",
    // With the cart, offers it already holds are not held a second time (`in_cart` when that is all of the link's).
    body: { ...(token ? { hold_token: token } : {}), ...(cartId ? { cart_id: cartId } : {}) },
    // A signed-in shopper's account counts toward the per-shopper limit at the click (an expired token counts nothing).
    token: customerToken,
  })
  return LiveHoldResponseSchema.parse(body)
}

/** Whose cart the live items go into: the one in the cookie, else a new one in the shopper's language, theirs. */
type ShopperCart = { cartId: string | null; locale: Locale; customerToken: string | null }

/**
 * Puts a link's items into the cart `cartId` at the live price, or into a new cart the backend makes when that one is
 * missing, completed or not in yuan (in the shopper's language and, signed in, their own, so it needs no update
 * after), taking over the holds of `holdToken` (the link's click). The answer's `cart_id` differs from `cartId` when
 * the cart is new. Throws StoreApiError 404 / 410 / 409 with the contract's `code` when the link cannot sell.
 */
export async function linkToCart(code: string, holdToken: string | null, shopper: ShopperCart) {
  const body = await storeFetch<unknown>(`/store/live/links/${encodeURIComponent(code)}/cart`, {
    method: "POST",
    // The token's running holds become the cart's instead of holding the units a second time.
    body: {
      cart_id: shopper.cartId,
      locale: cartLocale(shopper.locale),
      ...(holdToken ? { hold_token: holdToken } : {}),
    },
    token: shopper.customerToken,
  })
  return LiveCartResponseSchema.parse(body)
}

/** One product of a session's shelf into the cart at its live price; a new cart as for `linkToCart`. */
export async function sessionProductToCart(
  sessionId: string,
  input: ShopperCart & { sessionProductId: string; quantity: number },
) {
  const body = await storeFetch<unknown>(`/store/live/sessions/${encodeURIComponent(sessionId)}/cart`, {
    method: "POST",
    body: {
      cart_id: input.cartId,
      session_product_id: input.sessionProductId,
      quantity: input.quantity,
      locale: cartLocale(input.locale),
    },
    token: input.customerToken,
  })
  return LiveCartResponseSchema.parse(body)
}

/**
 * The express path (#12 item 6): the link's items in a new cart, in the shopper's language and (signed in) their own,
 * with the email, the address, the cheapest shipping and a payment session, in one request; the shopper then pays
 * and completes as at any checkout. The holds of `holdToken` (the link's click) become the cart's. Throws
 * StoreApiError 404 / 410 / 409 / 400 with the contract's `code` when the link cannot sell to this shopper.
 */
export async function expressLink(
  code: string,
  input: {
    holdToken: string | null
    email: string
    address: MedusaAddressInput
    locale: Locale
    customerToken: string | null
    /** The payment provider to start a session with; the backend's choice when null. */
    providerId: string | null
  },
) {
  const body = await storeFetch<unknown>(`/store/live/links/${encodeURIComponent(code)}/express`, {
    method: "POST",
    body: {
      email: input.email,
      shipping_address: input.address,
      locale: cartLocale(input.locale),
      ...(input.holdToken ? { hold_token: input.holdToken } : {}),
      ...(input.providerId ? { provider_id: input.providerId } : {}),
    },
    token: input.customerToken,
  })
  return LiveExpressResponseSchema.parse(body)
}

/** Drops the live prices and the session stamp from a cart whose session ended. */
export async function detachLiveCart(cartId: string): Promise<void> {
  await storeFetch(`/store/live/carts/${encodeURIComponent(cartId)}/detach`, { method: "POST", body: {} })
}
