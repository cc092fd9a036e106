import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { jar, recordingBackend, type Call } from "@/modules/console/testing"
import { signOut } from "@/modules/console/actions"
import { addContribution, markShipped, recordLot, saveVariant, signInCooperative } from "./actions"

vi.mock("next/server", () => ({ connection: async () => {} }))
// The console's reads ask for lines in the portal's language.
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN" }))
const updated = vi.hoisted(() => [] as string[])
vi.mock("next/cache", () => ({ updateTag: (tag: string) => void updated.push(tag) }))
// The `fs_coop` cookie the actions write.
vi.mock("@/lib/console-session", async () => (await import("@/modules/console/testing")).consoleSession)

let calls: Call[]
const backend = (reply: (path: string, method: string) => Response) => recordingBackend(calls, reply)

const lotForm = {
  variantId: "variant_millet_5kg",
  harvestDate: "2025-09-20",
  quantity: "300",
  unit: "jin",
  certProducer: "远达",
  certOrigin: "兴东村",
}
// Whole answers, as the backend sends them (the data layer checks them against @fengshou/store-contract).
const lot = {
  id: "lot_9",
  trace_code: "ABCDEFGH23456789",
  product_id: "prod_millet",
  variant_id: "variant_millet_5kg",
  harvest_date: "2025-09-20",
  quantity_g: 150_000,
  certificate: null,
  contributed_g: 0,
  contributions: [],
}
const orderItem = (id: string, quantity: number, fulfilled: number) => ({
  id,
  product_id: "prod_millet",
  variant_id: "variant_millet_5kg",
  title: "昌盛小米",
  variant_title: "5 kg",
  sku: null,
  quantity,
  quantity_g: 5000 * quantity,
  unit_price_fen: 6990,
  total_fen: 6990 * quantity,
  fulfilled_quantity: fulfilled,
  shipped_quantity: fulfilled,
})
const contributionForm = {
  lotId: "lot_1",
  householdId: "hh_1",
  quantity: "100",
  unit: "jin",
  price: "3.5",
  priceUnit: "jin",
}

describe("portal actions", () => {
  beforeEach(() => {
    calls = []
    jar.token = "coop.jwt"
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("signs in with emailpass and keeps the token in the cookie", async () => {
    jar.token = null
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ token: "new.jwt" })),
    )
    expect(await signInCooperative({ email: " Yuanda@Demo.Fengshou.Local", password: "pw" })).toEqual({ ok: true })
    expect(calls).toEqual([
      {
        method: "POST",
        path: "/auth/cooperative/emailpass",
        body: { email: "yuanda@demo.fengshou.local", password: "pw" },
        auth: null,
      },
    ])
    expect(jar.token).toBe("new.jwt")
    await signOut("cooperative")
    expect(jar.token).toBeNull()
  })

  it("answers invalidCredentials for a wrong password and keeps no token", async () => {
    jar.token = null
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ message: "Invalid email or password" }, { status: 401 })),
    )
    expect(await signInCooperative({ email: "a@b.cn", password: "x" })).toEqual({
      ok: false,
      error: "invalidCredentials",
    })
    expect(jar.token).toBeNull()
  })

  it("records a lot in whole grams with the bearer token and answers its id", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ lot }, { status: 201 })),
    )
    expect(await recordLot(lotForm)).toEqual({ ok: true, id: "lot_9" })
    expect(calls[0]).toMatchObject({ method: "POST", path: "/cooperative/lots", auth: "Bearer coop.jwt" })
    expect(calls[0]?.body).toMatchObject({
      variant_id: "variant_millet_5kg",
      quantity_g: 150_000,
      certificate: { producer: "远达", origin: "兴东村" },
    })
  })

  it("adds a contribution in grams and fen per kg", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ lot: {} })),
    )
    expect(await addContribution(contributionForm)).toEqual({ ok: true })
    expect(calls[0]).toMatchObject({
      path: "/cooperative/lots/lot_1/contributions",
      body: { contributions: [{ household_id: "hh_1", quantity_g: 50_000, farmgate_fen_per_kg: 700 }] },
    })
    expect(updated).toContain("traces")
  })

  it("saves a size's price in fen and weight in grams, and refreshes the cached catalog pages itself", async () => {
    updated.length = 0
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ product: {} })),
    )
    const form = {
      productId: "prod_millet",
      variantId: "variant_millet_5kg",
      price: "43.50",
      stock: "12",
      weightG: "5000",
    }
    expect(await saveVariant(form)).toEqual({ ok: true })
    expect(calls[0]).toMatchObject({
      method: "POST",
      path: "/cooperative/products/prod_millet",
      body: { variants: [{ id: "variant_millet_5kg", price_fen: 4350, stock: 12, weight_g: 5000 }] },
    })
    expect(updated).toEqual(expect.arrayContaining(["products", "cooperatives"]))
  })

  it("shows the backend's known 400 next to its field, and a 403 as not approved", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() =>
        Response.json({ message: "contributions add up to 200000 g but the lot holds only 150000 g" }, { status: 400 }),
      ),
    )
    expect(await addContribution(contributionForm)).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { quantity: "exceedsLot" },
    })
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ type: "not_allowed", message: "waiting for approval" }, { status: 403 })),
    )
    expect(await recordLot(lotForm)).toMatchObject({ ok: false, error: "notApproved" })
  })

  it("forgets an expired token so the page shows the login", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ message: "Unauthorized" }, { status: 401 })),
    )
    expect(await recordLot(lotForm)).toEqual({ ok: false, error: "signedOut" })
    expect(jar.token).toBeNull()
  })

  it("refuses invalid input or a missing session without calling the backend", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({})),
    )
    expect(await recordLot({ ...lotForm, quantity: "0.001" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { quantity: "grams" },
    })
    jar.token = null
    expect(await recordLot(lotForm)).toEqual({ ok: false, error: "signedOut" })
    expect(calls).toEqual([])
  })

  it("ships what is left of the cooperative's lines in an order", async () => {
    const order = {
      id: "order_1",
      display_id: 1,
      status: "pending",
      created_at: "2026-11-30T08:00:00.000Z",
      canceled_at: null,
      currency_code: "cny",
      payment_status: "captured",
      shipping_address: { first_name: "李", city: "哈尔滨市" },
      items: [orderItem("item_a", 2, 1), orderItem("item_b", 1, 1)],
      items_total_fen: 20_970,
      shipments: [],
      fulfillment_status: "partially_shipped",
    }
    vi.stubGlobal(
      "fetch",
      backend((_, method) => (method === "GET" ? Response.json({ order }) : Response.json({}, { status: 201 }))),
    )
    expect(await markShipped({ orderId: "order_1", carrier: "sf", trackingNumber: "SF123" })).toEqual({
      ok: true,
      id: "order_1",
    })
    expect(calls.at(-1)).toMatchObject({
      path: "/cooperative/orders/order_1/fulfillments",
      body: { items: [{ id: "item_a", quantity: 1 }], carrier: "sf", tracking_number: "SF123" },
    })
  })

  it("asks for a carrier from the list before anything is sent", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({})),
    )
    expect(await markShipped({ orderId: "order_1", carrier: "顺丰速运", trackingNumber: "SF123" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { carrier: "required" },
    })
    expect(calls).toEqual([])
  })
})
