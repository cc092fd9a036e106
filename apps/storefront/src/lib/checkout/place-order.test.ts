import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { StoreCart } from "@/lib/data/cart"
import { placeOrder } from "./place-order"

vi.mock("next/server", () => ({ connection: async () => {} }))

const cart: StoreCart = {
  id: "cart_1",
  items: [
    {
      id: "l1",
      product_id: "p_millet",
      variant_id: "v_millet",
      product_title: "昌盛小米",
      variant_title: "2.5 kg",
      quantity: 2,
      unit_price: 39.9,
    },
    {
      id: "l2",
      product_id: "p_morel",
      variant_id: "v_morel",
      product_title: "鲜羊肚菌",
      variant_title: "500 g",
      quantity: 1,
      unit_price: 89,
    },
  ],
}

type Reply = { status?: number; body: unknown }
let completeReply: Reply
let stock: Record<string, number | null>
let calls: string[]
let completionFields: string | null

function backend() {
  return vi.fn(async (input: string | URL, init?: RequestInit) => {
    const url = new URL(input)
    calls.push(`${init?.method ?? "GET"} ${url.pathname}`)
    if (url.pathname.endsWith("/complete")) completionFields = url.searchParams.get("fields")
    if (url.pathname === "/store/products") {
      const variants = Object.entries(stock).map(([id, qty]) =>
        qty === null ? { id, manage_inventory: false } : { id, manage_inventory: true, inventory_quantity: qty },
      )
      return Response.json({ products: [{ id: "p", variants }] })
    }
    return Response.json(completeReply.body, { status: completeReply.status ?? 200 })
  })
}

describe("placeOrder", () => {
  beforeEach(() => {
    calls = []
    completionFields = null
    stock = { v_millet: 800, v_morel: 1100 }
    completeReply = { body: { type: "order", order: { id: "order_1", display_id: 7 } } }
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
    vi.stubGlobal("fetch", backend())
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("checks stock, then completes the cart and returns the order number", async () => {
    expect(await placeOrder(cart)).toEqual({ ok: true, orderId: "order_1", displayId: 7 })
    expect(calls).toEqual(["GET /store/products", "POST /store/carts/cart_1/complete"])
    // Only what it returns: the order with its totals is read by the confirmation page.
    expect(completionFields).toBe("id,display_id")
  })

  it("stops before completing when an item sold out since it was added", async () => {
    stock = { v_millet: 1, v_morel: 0 }
    expect(await placeOrder(cart)).toEqual({
      ok: false,
      reason: "soldOut",
      lines: [
        { title: "昌盛小米 2.5 kg", available: 1 },
        { title: "鲜羊肚菌 500 g", available: 0 },
      ],
    })
    expect(calls).not.toContain("POST /store/carts/cart_1/complete")
  })

  it("never counts untracked stock as sold out", async () => {
    stock = { v_millet: null, v_morel: 5 }
    expect((await placeOrder(cart)).ok).toBe(true)
  })

  it("reports sold out when Medusa's own reservation finds too little stock", async () => {
    completeReply = {
      status: 400,
      body: {
        code: "insufficient_inventory",
        type: "not_allowed",
        message: "Some variant does not have the required inventory",
      },
    }
    const result = await placeOrder(cart)
    expect(result).toMatchObject({ ok: false, reason: "soldOut" })
  })

  it.each(["live_sold_out", "live_limit_reached", "live_session_ended"])(
    "passes on the live refusal %s with the backend's words",
    async (code) => {
      const message = "The live session's stock cap for 鲜羊肚菌 500 g is used up."
      completeReply = { status: 400, body: { type: "not_allowed", code, message } }
      expect(await placeOrder(cart)).toEqual({ ok: false, reason: "live", live: { code, message } })
    },
  )

  it("keeps the message of a live refusal it has no words for", async () => {
    completeReply = {
      status: 400,
      body: { type: "not_allowed", code: "live_host_suspended", message: "The host is suspended." },
    }
    expect(await placeOrder(cart)).toEqual({
      ok: false,
      reason: "live",
      live: { code: null, message: "The host is suspended." },
    })
  })

  it.each([
    [
      "a refused payment (Medusa returns the cart)",
      { body: { type: "cart", cart: { id: "cart_1" }, error: { message: "declined" } } },
    ],
    ["a validation error", { status: 400, body: { type: "invalid_data", message: "No shipping method selected" } }],
  ])("reports failure for %s, leaving the cart to retry", async (_, reply) => {
    completeReply = reply
    expect(await placeOrder(cart)).toEqual({ ok: false, reason: "failed" })
  })
})
