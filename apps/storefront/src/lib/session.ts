// Who the shopper is, kept in first-party httpOnly cookies: the cart id, the customer's JWT, the last order placed
// and a guest's order tokens. Scripts in the page cannot read them (an XSS bug cannot steal a session), the server
// reads them on every render and action, and SameSite=Lax keeps them off cross-site POSTs. They are set only in
// server actions and route handlers; reading is a plain function usable in server components.
import "server-only"
import { HOLD_TOKEN } from "@fengshou/live-contract"
import { cookies, headers } from "next/headers"
import { getEnv } from "@/env"
import { sessionCookieOptions } from "./cookie-options"
import { tokenLifetimeSeconds } from "./jwt"

const CART = "fs_cart"
const CUSTOMER = "fs_customer"
const LAST_ORDER = "fs_last_order"
/** The hold token of a live link's click (库存预扣 before any cart exists); the backend answers it, the shopper keeps it. */
const LIVE_HOLD = "fs_live_hold"
/** One cookie per order (the backend's token opens that order only), so a guest may hold a few at once. */
const ORDER_TOKEN_PREFIX = "fs_order_"
const ORDER_ID = /^[A-Za-z0-9_]{1,64}$/

const THIRTY_DAYS = 60 * 60 * 24 * 30
const ONE_DAY = 60 * 60 * 24

async function cookieOptions(maxAge: number) {
  const forwardedProto = (await headers()).get("x-forwarded-proto")
  return sessionCookieOptions({ maxAge, nodeEnv: getEnv().NODE_ENV, forwardedProto })
}

async function read(name: string): Promise<string | null> {
  return (await cookies()).get(name)?.value || null
}

export const getCartId = () => read(CART)
export const getCustomerToken = () => read(CUSTOMER)
export const getLastOrderId = () => read(LAST_ORDER)

/** The live hold token this browser was given, if it still has the backend's shape (anything else is ignored). */
export async function getLiveHoldToken(): Promise<string | null> {
  const token = await read(LIVE_HOLD)
  return token && HOLD_TOKEN.test(token) ? token : null
}

/** Kept as long as its longest hold runs, and a minute more, so the countdown page can still say it ended. */
export async function setLiveHoldToken(token: string, maxAgeSeconds: number) {
  ;(await cookies()).set(LIVE_HOLD, token, await cookieOptions(Math.max(60, Math.ceil(maxAgeSeconds) + 60)))
}

export async function setCartId(cartId: string) {
  ;(await cookies()).set(CART, cartId, await cookieOptions(THIRTY_DAYS))
}

export async function clearCartId() {
  ;(await cookies()).delete(CART)
}

export async function setCustomerToken(token: string) {
  // The cookie lives exactly as long as the token Medusa signed (its `exp`), a day if it has none.
  ;(await cookies()).set(CUSTOMER, token, await cookieOptions(tokenLifetimeSeconds(token) ?? ONE_DAY))
}

export async function clearCustomerToken() {
  ;(await cookies()).delete(CUSTOMER)
}

/** Lets a guest open the confirmation of the order they just placed, and nobody else's. */
export async function setLastOrderId(orderId: string) {
  ;(await cookies()).set(LAST_ORDER, orderId, await cookieOptions(ONE_DAY))
}

/** The token POST /store/order-lookup issued for this order (24 h), or null. */
export async function getOrderToken(orderId: string): Promise<string | null> {
  return ORDER_ID.test(orderId) ? read(`${ORDER_TOKEN_PREFIX}${orderId}`) : null
}

/** Lets a guest who proved the order number and mobile open that order, and only it, for the token's 24 h. */
export async function setOrderToken(orderId: string, token: string) {
  if (!ORDER_ID.test(orderId)) throw new RangeError(`Not an order id: ${orderId}`)
  ;(await cookies()).set(`${ORDER_TOKEN_PREFIX}${orderId}`, token, await cookieOptions(ONE_DAY))
}
