// Drives the standard store routes from an empty cart to a payment session, as a storefront would.
type Response = { data: any; status: number } // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of many shapes
type Api = {
  get: (url: string, config?: unknown) => Promise<Response>
  post: (url: string, body?: unknown, config?: unknown) => Promise<Response>
}
type Headers = { headers: Record<string, string> }

export const CHINESE_ADDRESS = {
  first_name: "小明",
  last_name: "王",
  phone: "13800138000",
  address_1: "朝阳区建国路88号",
  city: "北京市",
  province: "北京市",
  postal_code: "100022",
  country_code: "cn",
}

export async function checkoutToPayment(api: Api, headers: Headers, regionId: string, providerId: string) {
  const { data: created } = await api.post(
    `/store/carts`,
    { region_id: regionId, email: "shopper@example.cn", shipping_address: CHINESE_ADDRESS },
    headers,
  )
  const cartId = created.cart.id as string
  const { data: products } = await api.get(`/store/products?handle=changsheng-millet&fields=*variants`, headers)
  const variant = products.products[0].variants.find((v: { title: string }) => v.title === "2.5 kg")
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 1 }, headers)
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, headers)
  const { data: pc } = await api.post(`/store/payment-collections`, { cart_id: cartId }, headers)
  const { data: withSession } = await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    headers,
  )
  const session = withSession.payment_collection.payment_sessions[0]
  return { cartId, session }
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`condition not met within ${timeoutMs} ms`)
}
