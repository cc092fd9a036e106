import "server-only"
import { storeFetch } from "@/lib/store-fetch"
import type { StoreCart } from "./cart"
import type { WireShippingOption } from "@/lib/view/shipping"

const OPTION_FIELDS = "id,name,shipping_profile_id,amount,*calculated_price,type.code,type.description"

/** How long options listed for a cart are used again while its goods, address and language stay the same. */
const OFFER_TTL_MS = 60_000
const MAX_OFFERS = 1_000

type Offer = { at: number; options: Promise<WireShippingOption[]> }
const offers = new Map<string, Offer>()

/** What the options offered depend on: the cart, its goods and what they cost, where they go, its language. */
function offerKey(cart: StoreCart): string {
  const to = cart.shipping_address
  const goods = (cart.items ?? []).map((item) => `${item.variant_id}:${item.quantity}`).sort()
  return JSON.stringify([
    cart.id,
    cart.region_id,
    cart.locale,
    cart.item_total,
    goods,
    [to?.province, to?.city, to?.address_2, to?.postal_code],
  ])
}

/**
 * The options the backend offers for what is in this cart (快递 for ambient goods, 冷链 for cold-chain goods). Each
 * listing prices every option for the cart in Medusa, so a listing is used again for a minute while the cart's goods,
 * their prices, its address and its language stay the same: the checkout's render after the address is saved lists,
 * and saving the delivery choice and the renders after it do not. A choice checked against a listing since made stale
 * (an option withdrawn meanwhile) is still refused: Medusa checks and prices the method it adds itself.
 */
export function shippingOffered(cart: StoreCart): Promise<WireShippingOption[]> {
  const key = offerKey(cart)
  const kept = offers.get(key)
  if (kept && Date.now() - kept.at < OFFER_TTL_MS) return kept.options
  const options = storeFetch<{ shipping_options: WireShippingOption[] }>("/store/shipping-options", {
    query: { cart_id: cart.id, fields: OPTION_FIELDS },
  }).then((answer) => answer.shipping_options)
  offers.delete(key)
  if (offers.size >= MAX_OFFERS) offers.delete(offers.keys().next().value!)
  offers.set(key, { at: Date.now(), options })
  // A failed listing is not kept: the next render asks again.
  options.catch(() => offers.get(key)?.options === options && offers.delete(key))
  return options
}

/** Adds one shipping method; Medusa replaces an earlier method of the same shipping profile. */
export async function addShippingMethod(cartId: string, optionId: string): Promise<void> {
  await storeFetch(`/store/carts/${encodeURIComponent(cartId)}/shipping-methods`, {
    method: "POST",
    body: { option_id: optionId },
    query: { fields: "id" },
  })
}
