import "server-only"
import { storeFetch } from "@/lib/store-fetch"
import type { WireShippingOption } from "@/lib/view/shipping"

const OPTION_FIELDS = "id,name,shipping_profile_id,amount,*calculated_price,type.code,type.description"

/** The options the backend offers for what is in this cart (快递 for ambient goods, 冷链 for cold-chain goods). */
export async function listShippingOptions(cartId: string): Promise<WireShippingOption[]> {
  const { shipping_options } = await storeFetch<{ shipping_options: WireShippingOption[] }>("/store/shipping-options", {
    query: { cart_id: cartId, fields: OPTION_FIELDS },
  })
  return shipping_options
}

/** Adds one shipping method; Medusa replaces an earlier method of the same shipping profile. */
export async function addShippingMethod(cartId: string, optionId: string): Promise<void> {
  await storeFetch(`/store/carts/${encodeURIComponent(cartId)}/shipping-methods`, {
    method: "POST",
    body: { option_id: optionId },
    query: { fields: "id" },
  })
}
