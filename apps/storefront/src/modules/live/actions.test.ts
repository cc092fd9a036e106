import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { addLiveProductToCart, continueAtShelfPrice } from "./actions"

vi.mock("next/server", () => ({ connection: async () => {} }))
const jar = vi.hoisted(() => ({ cart: null as string | null }))
vi.mock("@/lib/session", () => ({
  getCartId: async () => jar.cart,
  setCartId: async (id: string) => void (jar.cart = id),
  getCustomerToken: async () => null,
}))

const liveCart = {
  id: "cart_live",
  locale: "zh-CN",
  metadata: { live_session_id: "lses_1" },
  items: [{ id: "l1", quantity: 2, unit_price: 89, total: 118 }],
}
let calls: string[]
let liveReply: Response

function backend() {
  return vi.fn(async (input: string | URL, init?: RequestInit) => {
    const url = new URL(input)
    calls.push(`${init?.method ?? "GET"} ${url.pathname}`)
    if (url.pathname.startsWith("/store/live/sessions/")) return liveReply.clone()
    if (url.pathname.endsWith("/detach")) return Response.json({ cart_id: "cart_live" })
    if (url.pathname === "/store/carts/cart_live") return Response.json({ cart: liveCart })
    return Response.json({ type: "not_found", message: "Cart not found" }, { status: 404 })
  })
}

describe("live cart actions", () => {
  beforeEach(() => {
    calls = []
    jar.cart = null
    liveReply = Response.json({ cart_id: "cart_live", session_id: "lses_1", holds: [] })
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
    expect(calls[0]).toBe("POST /store/live/sessions/lses_1/cart")
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
})
