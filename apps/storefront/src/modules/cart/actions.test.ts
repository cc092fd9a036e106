import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { addToCart, setCartLocale, updateQuantity } from "./actions"

vi.mock("next/server", () => ({ connection: async () => {} }))
// The cookie jar the actions read and write; lib/session.ts itself is a thin wrapper over next/headers.
const jar = vi.hoisted(() => ({ cart: null as string | null, token: null as string | null }))
vi.mock("@/lib/session", () => ({
  getCartId: async () => jar.cart,
  setCartId: async (id: string) => void (jar.cart = id),
  getCustomerToken: async () => jar.token,
}))

const wireCart = (id: string, quantity = 2) => ({
  id,
  locale: "zh-CN",
  item_total: 39.9 * quantity,
  total: 39.9 * quantity,
  items: quantity > 0 ? [{ id: "cali_1", product_title: "昌盛小米", quantity, unit_price: 39.9 }] : [],
})

let calls: { method: string; path: string; body: unknown }[]

function backend(reply: (path: string, method: string) => Response | undefined = () => undefined) {
  return vi.fn(async (input: string | URL, init?: RequestInit) => {
    const url = new URL(input)
    const method = init?.method ?? "GET"
    calls.push({ method, path: url.pathname, body: init?.body ? JSON.parse(String(init.body)) : undefined })
    const custom = reply(url.pathname, method)
    if (custom) return custom
    if (url.pathname === "/store/regions") return Response.json({ regions: [{ id: "reg_cn", currency_code: "cny" }] })
    if (method === "DELETE") return Response.json({ deleted: true, parent: wireCart("cart_1", 0) })
    return Response.json({ cart: wireCart(url.pathname.split("/")[3] ?? "cart_new") })
  })
}

describe("cart actions", () => {
  beforeEach(() => {
    calls = []
    jar.cart = null
    jar.token = null
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
    vi.stubGlobal("fetch", backend())
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("creates a cart in the CNY region and the shopper's language, remembers it, then adds the item", async () => {
    vi.stubGlobal(
      "fetch",
      backend((path, method) =>
        path === "/store/carts" && method === "POST" ? Response.json({ cart: wireCart("cart_new", 0) }) : undefined,
      ),
    )
    const result = await addToCart({ variantId: "v_millet", quantity: 2, locale: "en" })
    expect(calls.find((c) => c.path === "/store/carts")?.body).toEqual({ region_id: "reg_cn", locale: "en-US" })
    expect(calls.at(-1)).toMatchObject({
      method: "POST",
      path: "/store/carts/cart_new/line-items",
      body: { variant_id: "v_millet", quantity: 2 },
    })
    expect(jar.cart).toBe("cart_new")
    expect(result).toMatchObject({ ok: true, cart: { id: "cart_new", itemCount: 2, totalFen: 7980 } })
  })

  it("adds to the cart in the cookie when it is still open", async () => {
    jar.cart = "cart_1"
    await addToCart({ variantId: "v_millet", quantity: 1, locale: "zh-CN" })
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "GET /store/carts/cart_1",
      "POST /store/carts/cart_1/line-items",
    ])
  })

  it("reports sold out when Medusa has too little stock", async () => {
    jar.cart = "cart_1"
    vi.stubGlobal(
      "fetch",
      backend((path) =>
        path.endsWith("/line-items")
          ? Response.json({ code: "insufficient_inventory", message: "no" }, { status: 400 })
          : undefined,
      ),
    )
    expect(await addToCart({ variantId: "v_millet", quantity: 5, locale: "zh-CN" })).toEqual({
      ok: false,
      error: "soldOut",
    })
  })

  it.each([
    ["a zero quantity", { variantId: "v", quantity: 0, locale: "zh-CN" }],
    ["a fractional quantity", { variantId: "v", quantity: 1.5, locale: "zh-CN" }],
    ["an unknown locale", { variantId: "v", quantity: 1, locale: "fr" }],
  ])("refuses %s without calling the backend", async (_, input) => {
    expect(await addToCart(input as never)).toEqual({ ok: false, error: "failed" })
    expect(calls).toEqual([])
  })

  it("updates a quantity, and removes the line at 0", async () => {
    jar.cart = "cart_1"
    await updateQuantity({ lineId: "cali_1", quantity: 3 })
    const removed = await updateQuantity({ lineId: "cali_1", quantity: 0 })
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /store/carts/cart_1/line-items/cali_1",
      "DELETE /store/carts/cart_1/line-items/cali_1",
    ])
    expect(calls[0]?.body).toEqual({ quantity: 3 })
    expect(removed).toMatchObject({ ok: true, cart: { itemCount: 0, lines: [] } })
  })

  it("answers an empty cart when there is no cart cookie", async () => {
    expect(await updateQuantity({ lineId: "cali_1", quantity: 3 })).toEqual({ ok: true, cart: null })
    expect(await setCartLocale("en")).toEqual({ ok: true, cart: null })
    expect(calls).toEqual([])
  })

  it("asks Medusa to re-translate the cart after a language switch", async () => {
    jar.cart = "cart_1"
    await setCartLocale("en")
    expect(calls[0]).toMatchObject({ method: "POST", path: "/store/carts/cart_1", body: { locale: "en-US" } })
  })
})
