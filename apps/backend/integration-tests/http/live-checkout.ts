// A shopper's checkout after a cart link (or shelf) filled the cart: address, every offered shipping option, the
// system payment provider; completion is left to the caller, which is what the live tests exercise.
import type { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type Auth, SHIPPING_ADDRESS } from "./cooperative-helpers"

type Api = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]["api"]

export async function openLink(api: Api, store: Auth, code: string, cartId?: string) {
  const { data } = await api.post(`/store/live/links/${code}/cart`, cartId ? { cart_id: cartId } : {}, store)
  return data.cart_id as string
}

export async function readyToPay(api: Api, store: Auth, cartId: string, email: string, optionIds?: string[]) {
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: SHIPPING_ADDRESS }, store)
  const options = optionIds ?? (await api.get(`/store/shipping-options?cart_id=${cartId}`, store)).data.shipping_options.map((o: { id: string }) => o.id)
  for (const id of options) await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: id }, store)
  const { data: pc } = await api.post(`/store/payment-collections`, { cart_id: cartId }, store)
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  return options as string[]
}
