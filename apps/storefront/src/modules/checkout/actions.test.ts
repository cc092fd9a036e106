import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { completeOrder, saveCheckoutAddress, saveShippingMethods, startPayment } from "./actions"

vi.mock("next/server", () => ({ connection: async () => {} }))
const jar = vi.hoisted(() => ({ cart: "cart_1" as string | null, lastOrder: null as string | null }))
vi.mock("@/lib/session", () => ({
  getCartId: async () => jar.cart,
  clearCartId: async () => void (jar.cart = null),
  setLastOrderId: async (id: string) => void (jar.lastOrder = id),
}))

const cart = {
  id: "cart_1",
  region_id: "reg_cn",
  items: [{ id: "l1", product_id: "p1", variant_id: "v1", product_title: "鲜羊肚菌", quantity: 1, unit_price: 89 }],
}
const options = [
  { id: "so_std", name: "快递", shipping_profile_id: "sp_default", amount: 8 },
  { id: "so_cold", name: "冷链", shipping_profile_id: "sp_cold", amount: 25 },
]
let calls: { method: string; path: string; body: unknown; fields?: string | null }[]
let stock: number
let completion: Response
let providers: string[]
let cartCompleted: boolean
let collection: Record<string, unknown> | null
const SECRET = "pi_3Pabc_secret_Xyz"

function backend() {
  return vi.fn(async (input: string | URL, init?: RequestInit) => {
    const url = new URL(input)
    const method = init?.method ?? "GET"
    const route = `${method} ${url.pathname}`
    const body = init?.body ? JSON.parse(String(init.body)) : undefined
    calls.push({ method, path: url.pathname, body, fields: url.searchParams.get("fields") })
    if (route === "GET /store/carts/cart_1")
      return Response.json({
        cart: { ...cart, completed_at: cartCompleted ? "2026-11-22T10:00:00Z" : null, payment_collection: collection },
      })
    if (route === "GET /store/shipping-options") return Response.json({ shipping_options: options })
    if (route === "GET /store/payment-providers")
      return Response.json({ payment_providers: providers.map((id) => ({ id })) })
    if (route === "GET /store/products")
      return Response.json({ products: [{ variants: [{ id: "v1", inventory_quantity: stock }] }] })
    if (route === "POST /store/payment-collections") return Response.json({ payment_collection: { id: "pc_1" } })
    if (url.pathname.endsWith("/payment-sessions")) {
      const provider_id = (JSON.parse(String(init?.body)) as { provider_id: string }).provider_id
      const data = provider_id === "pp_stripe_stripe" ? { id: "pi_3Pabc", client_secret: SECRET } : {}
      return Response.json({ payment_collection: { id: "pc_1", payment_sessions: [{ id: "ps", provider_id, data }] } })
    }
    if (url.pathname.endsWith("/complete")) return completion
    return Response.json({ cart })
  })
}

const address = {
  name: "张三",
  phone: "138 0013 8000",
  provinceCode: "23",
  cityCode: "2312",
  districtCode: "231223",
  street: "兴东村 8 号",
  postalCode: "",
}
const writes = () => calls.filter((c) => c.method !== "GET").map((c) => c.path)

describe("checkout actions", () => {
  beforeEach(() => {
    calls = []
    stock = 10
    providers = ["pp_system_default"]
    cartCompleted = false
    collection = null
    jar.cart = "cart_1"
    jar.lastOrder = null
    completion = Response.json({ type: "order", order: { id: "order_9", display_id: 9 } })
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
    vi.stubGlobal("fetch", backend())
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("saves a valid address as shipping and billing address with the district in address_2", async () => {
    expect(await saveCheckoutAddress(address)).toEqual({ ok: true })
    const update = calls.find((c) => c.method === "POST" && c.path === "/store/carts/cart_1")
    expect(update?.body).toMatchObject({
      shipping_address: { phone: "13800138000", province: "黑龙江省", city: "绥化市", address_2: "青冈县" },
      billing_address: { address_2: "青冈县" },
    })
  })

  it("sends nothing for a wrong mobile number or a made-up district", async () => {
    expect(await saveCheckoutAddress({ ...address, phone: "12345" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { phone: "phoneInvalid" },
    })
    expect(await saveCheckoutAddress({ ...address, districtCode: "231299" })).toMatchObject({
      fieldErrors: { districtCode: "districtRequired" },
    })
    expect(calls).toEqual([])
  })

  it("adds one shipping method per shipping profile, and only options the backend offers", async () => {
    expect(await saveShippingMethods(["so_cold", "so_std"])).toEqual({ ok: true })
    expect(calls.filter((c) => c.path.endsWith("/shipping-methods")).map((c) => c.body)).toEqual([
      { option_id: "so_std" },
      { option_id: "so_cold" },
    ])
    calls = []
    expect(await saveShippingMethods(["so_std"])).toEqual({ ok: false, error: "invalid" })
    expect(await saveShippingMethods(["so_std", "so_cold", "so_forged"])).toEqual({ ok: false, error: "invalid" })
    expect(writes()).toEqual([])
  })

  it("checks a delivery choice against the cart's listing of the last minute, not a new one", async () => {
    expect(await saveShippingMethods(["so_cold", "so_std"])).toEqual({ ok: true })
    calls = []
    expect(await saveShippingMethods(["so_std", "so_cold"])).toEqual({ ok: true })
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "GET /store/carts/cart_1",
      "POST /store/carts/cart_1/shipping-methods",
      "POST /store/carts/cart_1/shipping-methods",
    ])
  })

  it("starts a payment only with a provider of the cart's region", async () => {
    expect(await startPayment("pp_stripe_stripe")).toEqual({ ok: false, error: "invalid" })
    expect(await startPayment("pp_system_default")).toEqual({
      ok: true,
      payment: { providerId: "pp_system_default", clientSecret: null },
    })
    expect(writes()).toEqual(["/store/payment-collections", "/store/payment-collections/pc_1/payment-sessions"])
  })

  it("starts a Stripe payment only when the storefront has a publishable key, and hands back the client secret", async () => {
    providers = ["pp_system_default", "pp_stripe_stripe"]
    expect(await startPayment("pp_stripe_stripe")).toEqual({ ok: false, error: "invalid" })
    expect(writes()).toEqual([])
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "pk_test_51Abc")
    expect(await startPayment("pp_stripe_stripe")).toEqual({
      ok: true,
      payment: { providerId: "pp_stripe_stripe", clientSecret: SECRET },
    })
    expect(calls.find((c) => c.path.endsWith("/payment-sessions"))?.body).toEqual({ provider_id: "pp_stripe_stripe" })
  })

  it("pays with a pending session already started for the cart's total (the live express path's), else starts one", async () => {
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "pk_test_51Abc")
    providers = ["pp_system_default", "pp_stripe_stripe"]
    const started = { id: "ps_express", provider_id: "pp_stripe_stripe", status: "pending", amount: 97 }
    const reused = { ...started, data: { id: "pi_express", client_secret: "pi_express_secret" } }
    collection = { id: "pc_1", payment_sessions: [reused] }
    const cartTotal = (total: number) => Object.assign(cart, { total })
    cartTotal(97)
    expect(await startPayment("pp_stripe_stripe")).toEqual({
      ok: true,
      payment: { providerId: "pp_stripe_stripe", clientSecret: "pi_express_secret" },
    })
    expect(writes()).toEqual([])
    // Only the payment step's cart read asks for the sessions started.
    expect(calls.find((c) => c.path === "/store/carts/cart_1")?.fields).toContain(
      "payment_collection.payment_sessions.status",
    )
    // Another provider, another total (the cart changed since), or a session no longer pending: a new session.
    for (const [session, total, provider] of [
      [reused, 97, "pp_system_default"],
      [reused, 105, "pp_stripe_stripe"],
      [{ ...reused, status: "error" }, 97, "pp_stripe_stripe"],
    ] as const) {
      calls = []
      collection = { id: "pc_1", payment_sessions: [session] }
      cartTotal(total)
      expect(await startPayment(provider)).toMatchObject({ ok: true })
      expect(writes()).toEqual(["/store/payment-collections/pc_1/payment-sessions"])
    }
    Reflect.deleteProperty(cart, "total")
  })

  it("starts no payment when an item sold out", async () => {
    stock = 0
    expect(await startPayment("pp_system_default")).toEqual({
      ok: false,
      error: "soldOut",
      soldOut: [{ title: "鲜羊肚菌", available: 0 }],
    })
    expect(writes()).toEqual([])
  })

  it("places the order, then forgets the cart and remembers the order for its confirmation page", async () => {
    expect(await completeOrder()).toEqual({ ok: true, orderId: "order_9" })
    expect([jar.cart, jar.lastOrder]).toEqual([null, "order_9"])
  })

  it("keeps the cart for a retry when completion fails", async () => {
    completion = Response.json({ type: "cart", cart, error: { message: "payment declined" } })
    expect(await completeOrder()).toEqual({ ok: false, error: "failed" })
    expect([jar.cart, jar.lastOrder]).toEqual(["cart_1", null])
  })

  it("answers with the order when a payment webhook completed the cart first", async () => {
    cartCompleted = true
    expect(await completeOrder()).toEqual({ ok: true, orderId: "order_9" })
    expect([jar.cart, jar.lastOrder]).toEqual([null, "order_9"])
  })

  it("says the cart is gone when there is none", async () => {
    jar.cart = null
    expect(await completeOrder()).toEqual({ ok: false, error: "noCart" })
  })
})
