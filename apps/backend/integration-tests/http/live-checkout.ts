// A shopper's checkout after a cart link (or shelf) filled the cart: address, every offered shipping option, the
// system payment provider; completion is left to the caller, which is what the live tests exercise.
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type Auth, SHIPPING_ADDRESS } from "./cooperative-helpers"

type Api = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]["api"]

export async function openLink(api: Api, store: Auth, code: string, cartId?: string) {
  const { data } = await api.post(`/store/live/links/${code}/cart`, cartId ? { cart_id: cartId } : {}, store)
  return data.cart_id as string
}

export async function readyToPay(
  api: Api,
  store: Auth,
  cartId: string,
  email: string,
  optionIds?: string[],
  address: typeof SHIPPING_ADDRESS = SHIPPING_ADDRESS,
) {
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: address }, store)
  const options =
    optionIds ??
    (await api.get(`/store/shipping-options?cart_id=${cartId}`, store)).data.shipping_options.map(
      (o: { id: string }) => o.id,
    )
  for (const id of options) await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: id }, store)
  const { data: pc } = await api.post(`/store/payment-collections`, { cart_id: cartId }, store)
  await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    store,
  )
  return options as string[]
}

/**
 * The same cart as openLink + readyToPay, built in-process with four of Medusa's workflows (one cart creation with
 * items, live code, stamp, email and address) instead of eight HTTP calls: the flash-sale test needs 200 of them.
 */
export async function preparedLiveCart(
  container: MedusaContainer,
  c: {
    variantId: string
    promoCode: string
    sessionId: string
    hostId: string
    email: string
    optionIds: string[]
    /** The shipping mobile: shoppers of a flash sale each have their own (the limit counts it). */
    phone?: string
  },
) {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      email: c.email,
      shipping_address: { ...SHIPPING_ADDRESS, phone: c.phone ?? SHIPPING_ADDRESS.phone },
      items: [{ variant_id: c.variantId, quantity: 1 }],
      promo_codes: [c.promoCode],
      metadata: { live_session_id: c.sessionId, host_id: c.hostId },
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: c.optionIds.map((id) => ({ id })) },
  })
  const { result: pc } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: pc.id, provider_id: "pp_system_default" },
  })
  return cart.id
}

/** Runs `work` for 0..n-1 with at most `width` at a time (many shoppers, a bounded number of connections). */
export async function pool<T>(n: number, width: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < n) {
        const i = next++
        out[i] = await work(i)
      }
    }),
  )
  return out
}
