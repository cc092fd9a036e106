// Drives the cooperative portal, the admin and a store checkout over HTTP, as their clients would.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEMO_PASSWORD } from "../../src/scripts/seed/cooperatives-data"

/** The runner's axios client, typed as the runner types it. */
type Api = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]["api"]
export type Auth = { headers: Record<string, string> }

export const bearer = (token: string): Auth => ({ headers: { authorization: `Bearer ${token}` } })

/** The response of a request that may fail, without throwing (axios rejects on 4xx). */
export async function attempt(call: Promise<{ status: number; data: unknown }>) {
  return call.catch((e: { response: { status: number; data: unknown } }) => e.response)
}

export async function loginCooperative(api: Api, email: string, password = DEMO_PASSWORD) {
  const { data } = await api.post(`/auth/cooperative/emailpass`, { email, password })
  return bearer(data.token as string)
}

/** The smallest file the uploads accept as a PDF (they read the leading bytes, not the name). */
export const LICENCE_PDF = Buffer.from("%PDF-1.4\n% 营业执照 (test)\n%%EOF\n")

/** POST /cooperative/uploads, purpose licence, as the sign-up token may: the stored file's URL. */
export async function uploadLicence(api: Api, auth: Auth, bytes: Buffer = LICENCE_PDF, name = "licence.pdf") {
  const form = new FormData()
  form.append("purpose", "licence")
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), name)
  const { data } = await api.post(`/cooperative/uploads`, form, auth)
  return data.file.url as string
}

/**
 * Sign-up as a new cooperative: emailpass register, upload the licence (unless the body names one), POST
 * /cooperative/register, then log in again.
 */
export async function registerCooperative(api: Api, email: string, body: Record<string, unknown>) {
  const { data } = await api.post(`/auth/cooperative/emailpass/register`, { email, password: "another-demo-pass" })
  const token = bearer(data.token)
  const licence_url = "licence_url" in body ? body.licence_url : await uploadLicence(api, token)
  const res = await attempt(api.post(`/cooperative/register`, { ...body, licence_url }, token))
  return { res, login: () => loginCooperative(api, email, "another-demo-pass") }
}

export async function adminLogin(api: Api, container: MedusaContainer) {
  const email = "operator@demo.fengshou.local"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password: "operator-pass" } })
  const user = await container.resolve(Modules.USER).createUsers({ email })
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
  const { data } = await api.post(`/auth/user/emailpass`, { email, password: "operator-pass" })
  return bearer(data.token as string)
}

export const SHIPPING_ADDRESS = {
  first_name: "小红",
  last_name: "李",
  phone: "13900139000",
  address_1: "建国路88号",
  city: "北京市",
  province: "北京市",
  postal_code: "100022",
  country_code: "cn",
}

/**
 * A whole store checkout, two of the lightest variant of each product (system payment), every offered shipping option.
 * `locale` keeps the cart in that language as the /en storefront does, so Medusa stores translated line titles.
 */
export async function placeOrder(
  api: Api,
  store: Auth,
  regionId: string,
  handles: string[],
  cart: { locale?: string } = {},
) {
  const { data: created } = await api.post(
    `/store/carts`,
    { region_id: regionId, email: "shopper@example.cn", shipping_address: SHIPPING_ADDRESS, ...cart },
    store,
  )
  const cartId = created.cart.id as string
  const { data: products } = await api.get(
    `/store/products?${handles.map((h) => `handle[]=${h}`).join("&")}&fields=*variants`,
    store,
  )
  for (const product of products.products) {
    const [lightest] = [...product.variants].sort((x: { weight: number }, y: { weight: number }) => x.weight - y.weight)
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: lightest.id, quantity: 2 }, store)
  }
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  for (const option of options.shipping_options) {
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store)
  }
  const { data: pc } = await api.post(`/store/payment-collections`, { cart_id: cartId }, store)
  await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    store,
  )
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (completed.type !== "order")
    throw new Error(`checkout did not complete: ${JSON.stringify(completed).slice(0, 300)}`)
  return completed.order as { id: string; items: { id: string; product_handle: string }[] }
}
