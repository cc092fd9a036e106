// Every cart call to the store API. Server-only: the cart id lives in an httpOnly cookie (lib/session.ts),
// so the browser reaches these through server actions (modules/cart/actions.ts) and GET /api/cart.
import "server-only"
import type { MedusaAddressInput } from "@/lib/address/medusa-address"
import { cartLocale } from "@/i18n/cart-locale"
import type { Locale } from "@/i18n/routing"
import { StoreApiError, storeFetch } from "@/lib/store-fetch"
import type { WireCart } from "@/lib/view/cart"
import type { StartedPaymentSession } from "./payment"
import { getCnyRegion } from "./regions"

// Exactly what lib/view/cart.ts and checkout read.
const CART_FIELDS = [
  "id",
  "locale",
  "email",
  "customer_id",
  "completed_at",
  "region_id",
  "item_total",
  "shipping_total",
  "total",
  "metadata",
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.product_handle",
  "items.product_title",
  "items.variant_title",
  "items.title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "shipping_address.*",
  "shipping_methods.shipping_option_id",
  "payment_collection.id",
].join(",")

// The payment step's read adds the sessions started: one for the cart's total (the live express path starts one) is
// paid as it is (initiatePaymentSession). Only that step reads them, so no other cart read carries them.
const PAYMENT_FIELDS = [
  CART_FIELDS,
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.status",
  "payment_collection.payment_sessions.amount",
  "payment_collection.payment_sessions.data",
].join(",")

export type StoreCart = WireCart & {
  region_id?: string | null
  payment_collection?: { id: string; payment_sessions?: StartedPaymentSession[] | null } | null
}

type CartResponse = { cart: StoreCart }
const query = { fields: CART_FIELDS }
const path = (cartId: string) => `/store/carts/${encodeURIComponent(cartId)}` as const

/** The open cart with this id; null when it does not exist or has already become an order. */
export async function retrieveCart(cartId: string, fields: string = CART_FIELDS): Promise<StoreCart | null> {
  try {
    const { cart } = await storeFetch<CartResponse>(path(cartId), { query: { fields } })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}

/** The open cart with the payment sessions already started, for the payment step. */
export const retrieveCartForPayment = (cartId: string) => retrieveCart(cartId, PAYMENT_FIELDS)

export async function createCart(locale: Locale, token?: string | null): Promise<StoreCart> {
  const region = await getCnyRegion()
  if (!region) throw new Error("The backend has no CNY region to sell in")
  const body = { region_id: region.id, locale: cartLocale(locale) }
  return (await storeFetch<CartResponse>("/store/carts", { method: "POST", body, query, token })).cart
}

export async function addLineItem(cartId: string, variantId: string, quantity: number): Promise<StoreCart> {
  const body = { variant_id: variantId, quantity }
  return (await storeFetch<CartResponse>(`${path(cartId)}/line-items`, { method: "POST", body, query })).cart
}

export async function updateLineItem(cartId: string, lineId: string, quantity: number): Promise<StoreCart> {
  const url = `${path(cartId)}/line-items/${encodeURIComponent(lineId)}` as const
  return (await storeFetch<CartResponse>(url, { method: "POST", body: { quantity }, query })).cart
}

export async function deleteLineItem(cartId: string, lineId: string): Promise<StoreCart> {
  const url = `${path(cartId)}/line-items/${encodeURIComponent(lineId)}` as const
  return (await storeFetch<{ parent: StoreCart }>(url, { method: "DELETE", query })).parent
}

type CartUpdate = {
  locale?: string
  email?: string
  shipping_address?: MedusaAddressInput
  billing_address?: MedusaAddressInput
}

export async function updateCart(cartId: string, body: CartUpdate): Promise<StoreCart> {
  return (await storeFetch<CartResponse>(path(cartId), { method: "POST", body, query })).cart
}

/** Makes the signed-in customer the cart's owner, so the order lands in their account. */
export async function transferCart(cartId: string, token: string): Promise<StoreCart> {
  return (await storeFetch<CartResponse>(`${path(cartId)}/customer`, { method: "POST", body: {}, query, token })).cart
}
