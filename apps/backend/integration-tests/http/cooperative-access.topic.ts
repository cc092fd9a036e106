import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import {
  CooperativeHouseholdListResponseSchema,
  CooperativeLotListResponseSchema,
  CooperativeMeResponseSchema,
  CooperativeOrderListResponseSchema,
  CooperativeOrderResponseSchema,
  CooperativeProductListResponseSchema,
  CooperativeSalesResponseSchema,
} from "@fengshou/store-contract"
import { topic } from "../runner"
import { seedDemoData } from "../../src/scripts/seed/index"
import { attempt, type Auth, loginCooperative, placeOrder } from "./cooperative-helpers"

// Cooperative A (远达) must never read or change anything of B (北马): not by id, not by filter, not by body.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
type Ids = {
  product: string
  variant: string
  household: string
  householdCode: string
  lot: string
  trace: string
  cert: string
}
type Order = { id: string; items: { id: string; product_handle: string }[] }

export default topic("cooperative-access", ({ api, getContainer }) => {
  let A: Auth
  let B: Auth
  let a: Ids
  let b: Ids
  let mixed: Order
  let onlyB: Order

  async function idsOf(auth: Auth, handle: string): Promise<Ids> {
    const products = (await api.get(`/cooperative/products`, auth)).data.products
    const product = products.find((p: { handle: string }) => p.handle === handle)
    const [household] = (await api.get(`/cooperative/households`, auth)).data.households
    const [lot] = (await api.get(`/cooperative/lots`, auth)).data.lots
    const me = (await api.get(`/cooperative/me`, auth)).data.cooperative
    const cert = me.certifications[0].id
    return {
      product: product.id,
      variant: product.variants[0].id,
      household: household.id,
      householdCode: household.code,
      lot: lot.id,
      trace: lot.trace_code,
      cert,
    }
  }

  // Everything of B's that must never appear in an answer to A.
  const secretsOfB = () => [
    b.product,
    b.variant,
    b.household,
    b.householdCode,
    b.lot,
    b.trace,
    b.cert,
    onlyB.id,
    "北马",
    "BM-0",
  ]

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    A = await loginCooperative(api, "yuanda@demo.fengshou.local")
    B = await loginCooperative(api, "beima@demo.fengshou.local")
    a = await idsOf(A, "changsheng-millet")
    b = await idsOf(B, "fresh-morels")
    mixed = await placeOrder(api, store, seeded.regionId, ["changsheng-millet", "fresh-morels"])
    onlyB = await placeOrder(api, store, seeded.regionId, ["dried-morels"])
  })

  it("refuses A's token on every route that names B's records, and leaks nothing of B", async () => {
    const morelLine = mixed.items.find((i) => i.product_handle === "fresh-morels")!.id
    const contribution = { household_id: a.household, quantity_g: 1000, farmgate_fen_per_kg: 600 }
    const lot = { variant_id: a.variant, harvest_date: "2025-09-30", quantity_g: 5000 }
    const ship = { items: [{ id: morelLine, quantity: 1 }], carrier: "sf", tracking_number: "SF1" }
    const cases: [string, string, unknown, number][] = [
      ["get", `/cooperative/products/${b.product}`, undefined, 404],
      ["post", `/cooperative/products/${b.product}`, { title_zh: "改名" }, 404],
      ["get", `/cooperative/households/${b.household}`, undefined, 404],
      ["post", `/cooperative/households/${b.household}`, { size: 2 }, 404],
      ["get", `/cooperative/lots/${b.lot}`, undefined, 404],
      ["post", `/cooperative/lots/${b.lot}/contributions`, { contributions: [contribution] }, 404],
      ["delete", `/cooperative/me/certifications/${b.cert}`, undefined, 404],
      ["get", `/cooperative/orders/${onlyB.id}`, undefined, 404],
      [
        "post",
        `/cooperative/orders/${onlyB.id}/fulfillments`,
        { ...ship, items: [{ id: "ordli_x", quantity: 1 }] },
        404,
      ],
      // Crafted bodies and filters: a field naming a cooperative does not exist; B's records are unknown to A.
      ["post", `/cooperative/orders/${mixed.id}/fulfillments`, ship, 400],
      ["post", `/cooperative/lots`, { ...lot, variant_id: b.variant }, 400],
      ["post", `/cooperative/lots`, { ...lot, contributions: [{ ...contribution, household_id: b.household }] }, 400],
      [
        "post",
        `/cooperative/lots/${a.lot}/contributions`,
        { contributions: [{ ...contribution, household_id: b.household }] },
        400,
      ],
      [
        "post",
        `/cooperative/households`,
        { code: "XD-900", size: 1, status: "member", village_code: "231223111204", cooperative_id: "x" },
        400,
      ],
      ["post", `/cooperative/me`, { cooperative_id: "x", name_zh: "改名" }, 400],
      ["get", `/cooperative/lots?cooperative_id=x`, undefined, 400],
      ["get", `/cooperative/households?cooperative_id=x`, undefined, 400],
    ]
    for (const [method, url, body, expected] of cases) {
      const res = body === undefined ? await attempt(api[method](url, A)) : await attempt(api[method](url, body, A))
      // A message may repeat what A sent ("Product prod_… was not found"); anything else of B's is a leak.
      const sent = url + JSON.stringify(body ?? {})
      const json = JSON.stringify(res.data)
      const leaked = secretsOfB().filter((s) => json.includes(s) && !sent.includes(s))
      expect({ method, url, status: res.status, leaked }).toEqual({ method, url, status: expected, leaked: [] })
    }
    // Filters naming B's records find nothing: the caller's cooperative is always part of the filter.
    expect((await api.get(`/cooperative/lots?variant_id=${b.variant}`, A)).data.lots).toEqual([])
    expect((await api.get(`/cooperative/lots?product_id=${b.product}`, A)).data.lots).toEqual([])
    // And B's records are as they were.
    expect((await api.get(`/cooperative/households/${b.household}`, B)).data.household.code).toBe(b.householdCode)
    expect((await api.get(`/cooperative/me`, B)).data.cooperative.certifications).toHaveLength(1)
    expect((await api.get(`/cooperative/lots/${b.lot}`, B)).data.lot.contributions.length).toBeGreaterThan(0)
  })

  it("lists only A's own records on every list route", async () => {
    const contract = {
      "/cooperative/me": CooperativeMeResponseSchema,
      "/cooperative/products": CooperativeProductListResponseSchema,
      "/cooperative/households": CooperativeHouseholdListResponseSchema,
      "/cooperative/lots": CooperativeLotListResponseSchema,
      "/cooperative/orders": CooperativeOrderListResponseSchema,
      "/cooperative/sales": CooperativeSalesResponseSchema,
    }
    for (const [url, schema] of Object.entries(contract)) {
      const { data } = await api.get(url, A)
      schema.parse(data)
      const json = JSON.stringify(data)
      expect({ url, leaked: secretsOfB().filter((s) => json.includes(s)) }).toEqual({ url, leaked: [] })
    }
  })

  it("shows each cooperative only its own lines of a mixed order", async () => {
    const ofA = (await api.get(`/cooperative/orders/${mixed.id}`, A)).data.order
    const ofB = (await api.get(`/cooperative/orders/${mixed.id}`, B)).data.order
    CooperativeOrderResponseSchema.parse({ order: ofA })
    CooperativeOrderResponseSchema.parse({ order: ofB })
    expect(ofA.items.map((i: { product_id: string }) => i.product_id)).toEqual([a.product])
    expect(ofB.items.map((i: { product_id: string }) => i.product_id)).toEqual([b.product])
    expect(ofA.items[0]).toMatchObject({ quantity: 2, unit_price_fen: 3990, total_fen: 7980, quantity_g: 5000 })
    expect((await api.get(`/cooperative/sales`, A)).data.sales).toMatchObject({
      orders: 1,
      sales_fen: 7980,
      quantity_g: 5000,
    })
    expect((await api.get(`/cooperative/orders`, B)).data.orders.map((o: { id: string }) => o.id).sort()).toEqual(
      [mixed.id, onlyB.id].sort(),
    )
  })

  it("refuses requests without a cooperative login", async () => {
    for (const url of [
      "/cooperative/me",
      "/cooperative/products",
      "/cooperative/households",
      "/cooperative/lots",
      "/cooperative/orders",
      "/cooperative/sales",
    ]) {
      expect((await attempt(api.get(url))).status).toBe(401)
    }
  })
})
