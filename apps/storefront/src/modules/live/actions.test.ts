import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { addLiveProductToCart, continueAtShelfPrice, expressCheckout } from "./actions"

vi.mock("next/server", () => ({ connection: async () => {} }))
const jar = vi.hoisted(() => ({
  cart: null as string | null,
  customer: null as string | null,
  hold: null as string | null,
}))
vi.mock("@/lib/session", () => ({
  getCartId: async () => jar.cart,
  setCartId: async (id: string) => void (jar.cart = id),
  getCustomerToken: async () => jar.customer,
  getLiveHoldToken: async () => jar.hold,
}))

const liveCart = {
  id: "cart_live",
  locale: "zh-CN",
  metadata: { live_session_id: "lses_1" },
  items: [{ id: "l1", quantity: 2, unit_price: 89, total: 118 }],
}
let calls: string[]
let liveReply: Response
let expressReply: Response
let bodies: Record<string, unknown>
let bearers: Record<string, string | null>
let providers: string[]

function backend() {
  return vi.fn(async (input: string | URL, init?: RequestInit) => {
    const url = new URL(input)
    const call = `${init?.method ?? "GET"} ${url.pathname}`
    calls.push(call)
    if (init?.body) bodies[call] = JSON.parse(String(init.body))
    bearers[call] = new Headers(init?.headers).get("authorization")
    if (url.pathname.startsWith("/store/live/sessions/")) return liveReply.clone()
    if (url.pathname.endsWith("/express")) return expressReply.clone()
    if (url.pathname === "/store/regions") return Response.json({ regions: [{ id: "reg_cn", currency_code: "cny" }] })
    if (url.pathname === "/store/payment-providers")
      return Response.json({ payment_providers: providers.map((id) => ({ id })) })
    if (url.pathname === "/store/customers/me")
      return Response.json({ customer: { id: "cus_1", email: "li@example.cn", addresses: [] } })
    if (url.pathname === "/store/carts/cart_other")
      return Response.json({ cart: { ...liveCart, id: "cart_other", metadata: {} } })
    if (url.pathname.endsWith("/detach")) return Response.json({ cart_id: "cart_live" })
    if (url.pathname === "/store/carts/cart_live") return Response.json({ cart: liveCart })
    return Response.json({ type: "not_found", message: "Cart not found" }, { status: 404 })
  })
}

/** Where an action sent the browser (Next's redirect is thrown), or what it answered instead. */
const outcome = (answer: Promise<unknown>) =>
  answer.then(
    (result) => result,
    (error: { digest?: string }) => {
      if (!error.digest?.startsWith("NEXT_REDIRECT;")) throw error
      return { redirectedTo: error.digest.split(";")[2] }
    },
  )
const TO_CHECKOUT = { redirectedTo: "/en/checkout" }

const EXPRESS_READY = {
  cart_id: "cart_express",
  session_id: "lses_1",
  holds: [],
  total_fen: 9700,
  shipping_option_ids: ["so_std"],
  payment_collection: { id: "pc_1", amount_fen: 9700, currency_code: "cny" },
  payment_session: { id: "ps_1", provider_id: "pp_system_default", data: {} },
}
const ADDRESS = {
  name: "张三",
  phone: "138 0013 8000",
  provinceCode: "23",
  cityCode: "2312",
  districtCode: "231223",
  street: "兴东村 8 号",
  postalCode: "",
}
const EXPRESS = "POST /store/live/links/Ab3dE9xK2m/express"

describe("live cart actions", () => {
  beforeEach(() => {
    calls = []
    bodies = {}
    bearers = {}
    providers = ["pp_system_default"]
    jar.cart = null
    jar.customer = null
    jar.hold = null
    liveReply = Response.json({ cart_id: "cart_live", session_id: "lses_1", holds: [] })
    expressReply = Response.json(EXPRESS_READY)
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
    vi.stubGlobal("fetch", backend())
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("adds a shelf item at its live price and keeps the cart the backend made", async () => {
    const result = await addLiveProductToCart({
      sessionId: "lses_1",
      sessionProductId: "lsp_1",
      quantity: 2,
      locale: "zh-CN",
    })
    expect(result).toMatchObject({
      ok: true,
      cart: { id: "cart_live", liveSessionId: "lses_1", lines: [{ totalFen: 11800, listTotalFen: 17800 }] },
    })
    expect(jar.cart).toBe("cart_live")
    // The backend made the cart in the shopper's language: only the answer's cart is read after.
    expect(calls).toEqual(["POST /store/live/sessions/lses_1/cart", "GET /store/carts/cart_live"])
    expect(bodies["POST /store/live/sessions/lses_1/cart"]).toEqual({
      cart_id: null,
      session_product_id: "lsp_1",
      quantity: 2,
      locale: "zh-CN",
    })
  })

  it("sends the cookie's cart and the signed-in customer, so a new cart the backend makes is theirs", async () => {
    jar.cart = "cart_paid"
    jar.customer = "customer.jwt"
    const result = await addLiveProductToCart({
      sessionId: "lses_1",
      sessionProductId: "lsp_1",
      quantity: 1,
      locale: "en",
    })
    expect(result).toMatchObject({ ok: true, cart: { id: "cart_live" } })
    expect(bodies["POST /store/live/sessions/lses_1/cart"]).toMatchObject({ cart_id: "cart_paid", locale: "en-US" })
    expect(bearers["POST /store/live/sessions/lses_1/cart"]).toBe("Bearer customer.jwt")
    // No transfer or language update after: the backend answered a new cart made so.
    expect(calls).toEqual(["POST /store/live/sessions/lses_1/cart", "GET /store/carts/cart_live"])
    expect(jar.cart).toBe("cart_live")
  })

  it.each([
    [409, "session_not_started", "session_not_started"],
    [410, "session_ended", "session_ended"],
    [409, "sold_out", "sold_out"],
    [400, "live_limit_reached", "limitReached"],
  ])("says why the backend refused (%i %s)", async (status, code, error) => {
    liveReply = Response.json({ type: "not_allowed", code, message: "refused" }, { status })
    expect(
      await addLiveProductToCart({ sessionId: "lses_1", sessionProductId: "lsp_1", quantity: 1, locale: "zh-CN" }),
    ).toEqual({ ok: false, error })
    expect(jar.cart).toBeNull()
  })

  it("takes a cart off its ended session and answers the cart at shelf prices", async () => {
    jar.cart = "cart_live"
    expect(await continueAtShelfPrice()).toMatchObject({ ok: true, cart: { id: "cart_live" } })
    expect(calls).toContain("POST /store/live/carts/cart_live/detach")
  })

  describe("the held page's one-step checkout", () => {
    const target = { code: "Ab3dE9xK2m", locale: "en" } as const

    it("sends a guest's held units, address and e-mail to the express path in one request, keeps the new cart and opens the checkout", async () => {
      jar.hold = `hold_${"a1".repeat(16)}`
      expect(await outcome(expressCheckout(target, { ...ADDRESS, email: "fan@example.cn" }))).toEqual(TO_CHECKOUT)
      expect(calls.filter((c) => c.startsWith("POST"))).toEqual([EXPRESS])
      expect(bodies[EXPRESS]).toEqual({
        email: "fan@example.cn",
        shipping_address: expect.objectContaining({ phone: "13800138000", province: "黑龙江省", address_2: "青冈县" }),
        locale: "en-US",
        hold_token: jar.hold,
        provider_id: "pp_system_default",
      })
      expect(bearers[EXPRESS]).toBeNull()
      expect(jar.cart).toBe("cart_express")
    })

    it("uses a signed-in shopper's own e-mail and account", async () => {
      jar.customer = "customer.jwt"
      expect(await outcome(expressCheckout(target, ADDRESS))).toEqual(TO_CHECKOUT)
      expect(bodies[EXPRESS]).toMatchObject({ email: "li@example.cn" })
      expect(bearers[EXPRESS]).toBe("Bearer customer.jwt")
    })

    it("starts the payment with the provider the checkout opens with: Stripe when this storefront takes it", async () => {
      providers = ["pp_system_default", "pp_stripe_stripe"]
      expect(await outcome(expressCheckout(target, { ...ADDRESS, email: "fan@example.cn" }))).toEqual(TO_CHECKOUT)
      expect(bodies[EXPRESS]).toMatchObject({ provider_id: "pp_system_default" })
      vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "pk_test_51Abc")
      expect(await outcome(expressCheckout(target, { ...ADDRESS, email: "fan@example.cn" }))).toEqual(TO_CHECKOUT)
      expect(bodies[EXPRESS]).toMatchObject({ provider_id: "pp_stripe_stripe" })
    })

    it("asks a guest for the e-mail and a real district, and sends nothing until given", async () => {
      expect(await expressCheckout(target, ADDRESS)).toEqual({
        ok: false,
        error: "invalid",
        fieldErrors: { email: "required" },
      })
      expect(
        await expressCheckout(target, { ...ADDRESS, districtCode: "231299", email: "fan@example.cn" }),
      ).toMatchObject({ fieldErrors: { districtCode: "districtRequired" } })
      expect(await expressCheckout({ code: "../cart", locale: "en" }, ADDRESS)).toEqual({ ok: false, error: "failed" })
      expect(calls).toEqual([])
    })

    it("leaves a cart holding other items alone: those go on through the cart", async () => {
      jar.cart = "cart_other"
      expect(await expressCheckout(target, { ...ADDRESS, email: "fan@example.cn" })).toEqual({
        ok: false,
        error: "cartInUse",
      })
      expect(calls).not.toContain(EXPRESS)
      expect(jar.cart).toBe("cart_other")
    })

    it("says the shop cannot be reached, rather than failing, when the backend is down", async () => {
      jar.customer = "customer.jwt"
      vi.stubGlobal(
        "fetch",
        vi.fn(async () => {
          throw new TypeError("fetch failed")
        }),
      )
      expect(await expressCheckout(target, ADDRESS)).toEqual({ ok: false, error: "unavailable" })
      expect(jar.cart).toBeNull()
    })

    it.each([
      [409, "sold_out", "sold_out"],
      [400, "live_limit_reached", "limitReached"],
      [410, "session_ended", "session_ended"],
    ])("says why the backend refused (%i %s) and keeps no cart", async (status, code, error) => {
      expressReply = Response.json({ type: "not_allowed", code, message: "refused" }, { status })
      expect(await expressCheckout(target, { ...ADDRESS, email: "fan@example.cn" })).toEqual({ ok: false, error })
      expect(jar.cart).toBeNull()
    })
  })
})
