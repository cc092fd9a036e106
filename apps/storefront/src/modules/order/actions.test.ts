import type { ShopperOrder } from "@fengshou/store-contract"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { cancelOrder, findOrder, requestReturn } from "./actions"

vi.mock("next/server", () => ({ connection: async () => {} }))
vi.mock("next/cache", () => ({ refresh: () => {} }))
const jar = vi.hoisted(() => ({ tokens: new Map<string, string>(), customer: null as string | null }))
vi.mock("@/lib/session", () => ({
  getOrderToken: async (id: string) => jar.tokens.get(id) ?? null,
  setOrderToken: async (id: string, token: string) => void jar.tokens.set(id, token),
  getCustomerToken: async () => jar.customer,
  getLastOrderId: async () => null,
}))

const order: ShopperOrder = {
  id: "order_1",
  display_id: 1024,
  created_at: "2026-12-01T02:00:00.000Z",
  locale: "zh-CN",
  status: "shipped",
  payment_status: "captured",
  fulfillment_status: "shipped",
  email: null,
  shipping_address: null,
  items: [
    {
      id: "ordli_1",
      title: "昌盛小米",
      variant_title: "2.5 kg",
      product_handle: null,
      thumbnail: null,
      quantity: 2,
      unit_price_fen: 3990,
      total_fen: 7980,
      shipped_quantity: 2,
      delivered_quantity: 0,
      returned_quantity: 0,
      returnable_quantity: 2,
    },
  ],
  shipments: [],
  returns: [],
  item_total_fen: 7980,
  shipping_total_fen: 800,
  total_fen: 8780,
  refunded_fen: 0,
  can_cancel: false,
  no_reason_until: null,
}

type Call = { route: string; headers: Headers; body: unknown }
let calls: Call[]
let answers: Record<string, () => Response>

beforeEach(() => {
  calls = []
  jar.tokens.clear()
  jar.customer = null
  answers = {
    "POST /store/order-lookup": () => Response.json({ order, order_token: "tok_1" }),
    "GET /store/order-status/order_1": () => Response.json({ order }),
    "POST /store/order-status/order_1/cancel": () => Response.json({ message: "already shipped" }, { status: 409 }),
    "POST /store/order-status/order_1/returns": () => Response.json({ order }, { status: 201 }),
  }
  vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
  vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: string | URL, init?: RequestInit) => {
      const route = `${init?.method ?? "GET"} ${new URL(input).pathname}`
      calls.push({
        route,
        headers: new Headers(init?.headers),
        body: init?.body ? JSON.parse(String(init.body)) : null,
      })
      return answers[route]?.() ?? Response.json({ message: "no" }, { status: 404 })
    }),
  )
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
})

describe("findOrder", () => {
  it("keeps the order's token in its cookie and sends the mobile as checkout reads it", async () => {
    expect(await findOrder({ display_id: "1024", phone: "+86 139-1234-5678" })).toEqual({ ok: true, id: "order_1" })
    expect(calls[0]?.body).toEqual({ display_id: 1024, phone: "13912345678" })
    expect(jar.tokens.get("order_1")).toBe("tok_1")
  })

  it("refuses a bad number or mobile by field, sending nothing", async () => {
    const result = await findOrder({ display_id: "abc", phone: "123" })
    expect(result).toMatchObject({ ok: false, error: "invalid" })
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toEqual(["display_id", "phone"])
    expect(calls).toEqual([])
  })

  it("says not found for a 404 and wait for a 429, and keeps no token", async () => {
    answers["POST /store/order-lookup"] = () => Response.json({ message: "no" }, { status: 404 })
    expect(await findOrder({ display_id: "1024", phone: "13912345678" })).toEqual({ ok: false, error: "notFound" })
    answers["POST /store/order-lookup"] = () => Response.json({ retry_after_seconds: 60 }, { status: 429 })
    expect(await findOrder({ display_id: "1024", phone: "13912345678" })).toEqual({ ok: false, error: "throttled" })
    expect(jar.tokens.size).toBe(0)
  })
})

describe("order actions", () => {
  it("need the order's token or a signed-in customer", async () => {
    expect(await cancelOrder("order_1")).toEqual({ ok: false, error: "noAccess" })
    expect(await cancelOrder("../customers/me")).toEqual({ ok: false, error: "notFound" })
    expect(calls).toEqual([])
  })

  it("send the guest's token as x-order-token, and a 409 on cancel means it shipped", async () => {
    jar.tokens.set("order_1", "tok_1")
    expect(await cancelOrder("order_1")).toEqual({ ok: false, error: "alreadyShipped" })
    expect(calls[0]?.headers.get("x-order-token")).toBe("tok_1")
    expect(calls[0]?.headers.get("authorization")).toBeNull()
  })

  it("check a return against the order as it is now, then send it", async () => {
    jar.customer = "jwt_1"
    const tooMany = await requestReturn("order_1", { "quantity-ordli_1": "3", reason: "quality" })
    expect(tooMany).toEqual({ ok: false, error: "invalid", fieldErrors: { "quantity-ordli_1": "quantityTooHigh" } })
    const closed = await requestReturn("order_1", { "quantity-ordli_1": "1", reason: "no_reason" })
    expect(closed).toEqual({ ok: false, error: "invalid", fieldErrors: { reason: "reasonClosed" } })
    expect(calls.map((c) => c.route)).not.toContain("POST /store/order-status/order_1/returns")

    expect(await requestReturn("order_1", { "quantity-ordli_1": "1", reason: "quality", note: "" })).toEqual({
      ok: true,
    })
    const sent = calls.find((c) => c.route === "POST /store/order-status/order_1/returns")
    expect(sent?.headers.get("authorization")).toBe("Bearer jwt_1")
    expect(sent?.body).toEqual({ items: [{ id: "ordli_1", quantity: 1, reason: "quality", note: null }] })
  })
})
