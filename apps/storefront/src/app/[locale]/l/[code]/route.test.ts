import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { GET, POST } from "./route"

vi.mock("next/server", () => ({ connection: async () => {} }))
// next-intl's navigation needs Next's runtime; this is its `as-needed` prefix policy (zh-CN bare, English under /en).
vi.mock("@/i18n/navigation", () => ({
  getPathname: ({ href, locale }: { href: string; locale: string }) =>
    locale === "zh-CN" ? href : `/${locale}${href}`,
}))
// The cookies the handler reads and writes; lib/session.ts itself is a thin wrapper over next/headers.
const jar = vi.hoisted(() => ({
  cart: null as string | null,
  customer: null as string | null,
  hold: null as { token: string; maxAge: number } | null,
}))
vi.mock("@/lib/session", () => ({
  getCartId: async () => jar.cart,
  setCartId: async (id: string) => void (jar.cart = id),
  getCustomerToken: async () => jar.customer,
  getLiveHoldToken: async () => jar.hold?.token ?? null,
  setLiveHoldToken: async (token: string, maxAge: number) => void (jar.hold = { token, maxAge }),
}))

type Call = { method: string; path: string; body: unknown }
let calls: Call[]
let authorization: (string | null)[]
let linkReply: Response
let holdReply: Response

function backend() {
  return vi.fn(async (input: string | URL, init?: RequestInit) => {
    const url = new URL(input)
    const method = init?.method ?? "GET"
    const body = init?.body ? JSON.parse(String(init.body)) : undefined
    calls.push({ method, path: url.pathname, body })
    authorization.push(new Headers(init?.headers).get("authorization"))
    if (url.pathname.endsWith("/cart") && url.pathname.startsWith("/store/live/links/")) return linkReply.clone()
    if (url.pathname.endsWith("/hold") && url.pathname.startsWith("/store/live/links/")) return holdReply.clone()
    return Response.json({ type: "not_found", message: "Not found" }, { status: 404 })
  })
}

const TOKEN = `hold_${"a1".repeat(16)}`
const held = {
  hold_token: TOKEN,
  session_id: "lses_1",
  holds: [{ session_product_id: "lsp_1", variant_id: "v_1", quantity: 1, expires_at: "2026-12-06T06:10:00.000Z" }],
  now: "2026-12-06T06:00:00.000Z",
  in_cart: false,
}
const context = (code: string, locale: string) => ({ params: Promise.resolve({ locale, code }) })
const open = (code: string, locale = "zh-CN") =>
  GET(new Request(`http://localhost:8000/l/${code}`), context(code, locale))
const checkOut = (code: string, locale = "zh-CN") =>
  POST(new Request(`http://localhost:8000/l/${code}`, { method: "POST" }), context(code, locale))

const refusals = [
  [404, { code: "link_unknown", message: "No such link" }, ""],
  [410, { code: "session_ended", message: "The session has ended" }, ""],
  // Refused by the click's hold (库存预扣): a re-read may not show it, so the page is told.
  [409, { code: "sold_out", message: "Sold out" }, "?claim=sold_out"],
  [400, { type: "invalid_data", code: "live_limit_reached", message: "Limit 2 per shopper" }, "?claim=limit_reached"],
] as const

describe("/l/[code]", () => {
  beforeEach(() => {
    calls = []
    authorization = []
    jar.cart = null
    jar.customer = null
    jar.hold = null
    linkReply = Response.json({ cart_id: "cart_new", session_id: "lses_1", holds: [] })
    holdReply = Response.json(held)
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
    vi.stubGlobal("fetch", backend())
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  describe("GET: the click only holds", () => {
    it("holds the link's units under a new token, keeps it while the hold runs and shows what is held", async () => {
      const response = await open("Ab3dE9xK2m")
      expect([response.status, response.headers.get("location")]).toEqual([303, "/l/Ab3dE9xK2m/held"])
      expect(calls).toEqual([{ method: "POST", path: "/store/live/links/Ab3dE9xK2m/hold", body: {} }])
      expect(jar.hold).toEqual({ token: TOKEN, maxAge: 600 })
      // No cart is made or touched at the click.
      expect(jar.cart).toBeNull()
    })

    it("sends the token it already has, so opening the link twice holds once", async () => {
      jar.hold = { token: TOKEN, maxAge: 600 }
      expect((await open("Ab3dE9xK2m", "en")).headers.get("location")).toBe("/en/l/Ab3dE9xK2m/held")
      expect(calls).toEqual([
        { method: "POST", path: "/store/live/links/Ab3dE9xK2m/hold", body: { hold_token: TOKEN } },
      ])
    })

    it("sends the cart too, and goes to the cart when it already holds the whole link", async () => {
      jar.hold = { token: TOKEN, maxAge: 600 }
      jar.cart = "cart_old"
      holdReply = Response.json({ ...held, in_cart: true })
      expect((await open("Ab3dE9xK2m")).headers.get("location")).toBe("/cart")
      expect(calls).toEqual([
        {
          method: "POST",
          path: "/store/live/links/Ab3dE9xK2m/hold",
          body: { hold_token: TOKEN, cart_id: "cart_old" },
        },
      ])
      // The token and the cart are left as they were.
      expect([jar.hold, jar.cart]).toEqual([{ token: TOKEN, maxAge: 600 }, "cart_old"])
    })

    it("holds as the signed-in customer, so the limit counts their account at the click", async () => {
      jar.customer = "customer.jwt"
      await open("Ab3dE9xK2m")
      expect(calls.map((c) => c.path)).toEqual(["/store/live/links/Ab3dE9xK2m/hold"])
      expect(authorization).toEqual(["Bearer customer.jwt"])
    })

    it.each(refusals)(
      "hands a link that cannot sell (%i) to the page that says why, keeping no token",
      async (status, body, query) => {
        holdReply = Response.json(body, { status })
        const response = await open("Ab3dE9xK2m", "en")
        expect([response.status, response.headers.get("location")]).toEqual([
          303,
          `/en/l/Ab3dE9xK2m/unavailable${query}`,
        ])
        expect([jar.hold, jar.cart]).toEqual([null, null])
      },
    )

    it("asks the backend nothing for a code that cannot be one", async () => {
      expect((await open("../../admin")).headers.get("location")).toBe("/l/..%2F..%2Fadmin/unavailable")
      expect(calls).toEqual([])
    })
  })

  describe("POST: going on puts the held units into the cart", () => {
    beforeEach(() => {
      jar.hold = { token: TOKEN, maxAge: 600 }
    })

    it("fills a new cart with the token's holds, keeps it in the cart cookie and sends the shopper to the cart", async () => {
      const response = await checkOut("Ab3dE9xK2m")
      expect([response.status, response.headers.get("location")]).toEqual([303, "/cart"])
      expect(calls).toEqual([
        {
          method: "POST",
          path: "/store/live/links/Ab3dE9xK2m/cart",
          body: { cart_id: null, locale: "zh-CN", hold_token: TOKEN },
        },
      ])
      expect(authorization).toEqual([null])
      expect(jar.cart).toBe("cart_new")
    })

    it("adds to the shopper's open cart rather than starting another", async () => {
      jar.cart = "cart_old"
      linkReply = Response.json({ cart_id: "cart_old", session_id: "lses_1", holds: [] })
      expect((await checkOut("Ab3dE9xK2m")).headers.get("location")).toBe("/cart")
      expect(calls).toEqual([
        {
          method: "POST",
          path: "/store/live/links/Ab3dE9xK2m/cart",
          body: { cart_id: "cart_old", locale: "zh-CN", hold_token: TOKEN },
        },
      ])
      expect(jar.cart).toBe("cart_old")
    })

    it("lets the backend make a new cart, in the shopper's language and as theirs, when the cookie's cannot take items", async () => {
      // Gone, already paid or not in yuan: the backend tells by answering another cart's id.
      jar.cart = "cart_paid"
      jar.customer = "customer.jwt"
      const response = await checkOut("Ab3dE9xK2m", "en")
      expect(response.headers.get("location")).toBe("/en/cart")
      // One request: made in English and as the customer's, the cart needs no read, transfer or update after.
      expect(calls).toEqual([
        {
          method: "POST",
          path: "/store/live/links/Ab3dE9xK2m/cart",
          body: { cart_id: "cart_paid", locale: "en-US", hold_token: TOKEN },
        },
      ])
      expect(authorization).toEqual(["Bearer customer.jwt"])
      expect(jar.cart).toBe("cart_new")
    })

    it("moves nothing without the token (another site's form carries no cookie): the shopper opens the link", async () => {
      jar.hold = null
      expect((await checkOut("Ab3dE9xK2m", "en")).headers.get("location")).toBe("/en/l/Ab3dE9xK2m")
      expect(calls).toEqual([])
    })

    it.each(refusals)(
      "hands a link that cannot sell (%i) to the page that says why, leaving the cart cookie alone",
      async (status, body, query) => {
        linkReply = Response.json(body, { status })
        const response = await checkOut("Ab3dE9xK2m", "en")
        expect(response.headers.get("location")).toBe(`/en/l/Ab3dE9xK2m/unavailable${query}`)
        expect(jar.cart).toBeNull()
      },
    )
  })
})
