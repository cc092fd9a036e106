import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { ImpactResponseSchema, OrderImpactResponseSchema, ProductImpactResponseSchema } from "@fengshou/store-contract"
import { topic } from "../runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  allocateLine,
  countsAsBenefited,
  reverseAllocation,
  toLedgerEntries,
  type BenefitMechanism,
  type Contribution,
  type LedgerEntryKind,
  type LineAllocation,
} from "@fengshou/relief-core"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { RELIEF_LEDGER_MODULE } from "../../src/modules/relief-ledger"
import type { NewLedgerEntry } from "@fengshou/relief-core"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { seedDemoData } from "../../src/scripts/seed/index"
import { attempt, bearer, type Auth } from "./cooperative-helpers"

// Shoppers' impact and price transparency, read from ledger entries written here the way the writers write them.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const MILLET_MECHANISM: BenefitMechanism = { supply: { farmgate_fen_per_kg: 640 }, dividend: { basis_points: 500 } }
const MOREL_MECHANISM: BenefitMechanism = { supply: { farmgate_fen_per_kg: 9000 } }

type Household = {
  id: string
  code: string
  status: "registered_poor" | "monitored" | "member"
  size: number
  cooperative_id: string
  division_code: string
}
type Line = {
  order_id: string
  line: string
  household: Household[]
  grams: number[]
  weights: number[]
  net_fen: number
  quantity_g: number
  mechanism: BenefitMechanism
}

/** One line's sale entries, as the writer builds them: allocateLine, then toLedgerEntries. */
function saleEntries(l: Line, at: Date): { entries: NewLedgerEntry[]; sale: LineAllocation } {
  const contributions: Contribution[] = l.household.map((h, i) => ({
    household_key: h.id,
    status: h.status,
    persons: h.size,
    grams: l.grams[i]!,
    share_weight: l.weights[i]!,
  }))
  const sale = allocateLine({ net_fen: l.net_fen, quantity_g: l.quantity_g, mechanism: l.mechanism, contributions })
  return { sale, entries: write(l, "sale", `order.placed:${l.order_id}`, at, l.quantity_g, sale) }
}

function write(
  l: Line,
  kind: LedgerEntryKind,
  source: string,
  at: Date,
  quantity_g: number,
  allocation: LineAllocation,
): NewLedgerEntry[] {
  const first = l.household[0]!
  const context = {
    order_id: l.order_id,
    line_item_id: l.line,
    cooperative_id: first.cooperative_id,
    division_code: first.division_code,
    channel: "online" as const,
    category: null,
    occurred_at: at,
    kind,
    quantity_g,
    households: l.household.map((h) => ({ household_key: h.id, status: h.status, persons: h.size })),
  }
  return toLedgerEntries(context, allocation).map((e) => ({
    ...e,
    source_event_id: source,
    product_id: null,
    variant_id: null,
    live_session_id: null,
    host_id: null,
  }))
}

export default topic("store-impact", ({ api, getContainer }) => {
  let store: Auth
  let shopper: Auth
  let orders: { mine: string[]; guest: string; empty: string }
  let households: Household[]

  beforeAll(async () => {
    const container = getContainer()
    const seeded = await seedDemoData(container, { staticDir })
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }

    const email = "impact-shopper@example.cn"
    const { data: registered } = await api.post(`/auth/customer/emailpass/register`, {
      email,
      password: "impact-pass-1",
    })
    const { data: created } = await api.post(
      `/store/customers`,
      { email, first_name: "小明" },
      { headers: { ...store.headers, ...bearer(registered.token).headers } },
    )
    const { data: login } = await api.post(`/auth/customer/emailpass`, { email, password: "impact-pass-1" })
    shopper = { headers: { ...store.headers, ...bearer(login.token).headers } }

    const orderModule = container.resolve(Modules.ORDER)
    const make = (customer_id?: string) =>
      orderModule.createOrders({ currency_code: "cny", email, ...(customer_id ? { customer_id } : {}) })
    const [a, b, c, d] = await Promise.all([make(created.customer.id), make(created.customer.id), make(), make()])
    orders = { mine: [a.id, b.id], guest: c.id, empty: d.id }

    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const coops = await service.listCooperatives({ handle: ["yuanda", "beima"] })
    const rows = await service.listHouseholds(
      { cooperative_id: coops.map((co) => co.id) },
      { order: { code: "ASC" }, take: null },
    )
    households = rows.map((h) => ({
      id: h.id,
      code: h.code,
      status: h.status,
      size: h.size,
      cooperative_id: (h as unknown as { cooperative_id: string }).cooperative_id,
      division_code: coops.find((co) => co.id === (h as unknown as { cooperative_id: string }).cooperative_id)!
        .division_code,
    }))
    const yuanda = coops.find((co) => co.handle === "yuanda")!.id
    const beima = coops.find((co) => co.handle === "beima")!.id
    const pick = (coop: string, status: Household["status"]) =>
      households.find((h) => h.cooperative_id === coop && h.status === status)!
    const h1 = { ...pick(yuanda, "registered_poor"), size: 4 }
    const h2 = { ...pick(yuanda, "monitored"), size: 2 }
    const h3 = pick(yuanda, "member")
    const h4 = { ...pick(beima, "registered_poor"), size: 5 }
    const millet = {
      household: [h1, h2, h3],
      grams: [100_000, 60_000, 40_000],
      weights: [1, 1, 2],
      mechanism: MILLET_MECHANISM,
    }

    const at = new Date(Date.now() - 60_000)
    const lineA: Line = { ...millet, order_id: orders.mine[0]!, line: "ordli_a", net_fen: 3990, quantity_g: 2500 }
    const lineB: Line = {
      order_id: orders.mine[1]!,
      line: "ordli_b",
      household: [h4],
      grams: [10_000],
      weights: [1],
      net_fen: 12_800,
      quantity_g: 500,
      mechanism: MOREL_MECHANISM,
    }
    const lineC: Line = { ...millet, order_id: orders.guest, line: "ordli_c", net_fen: 7980, quantity_g: 5000 }
    const saleB = saleEntries(lineB, at)
    const refund = reverseAllocation({ original: saleB.sale, previous_reversals: [], refund_fen: 6400 })
    const ledger = container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
    await ledger.appendEntries([
      ...saleEntries(lineA, at).entries,
      ...saleB.entries,
      ...write(lineB, "refund", "refund:ref_b", new Date(), 0, refund),
      ...saleEntries(lineC, at).entries,
    ])
  })

  it("GET /store/impact: platform totals over the whole ledger, to the fen", async () => {
    const { data } = await api.get(`/store/impact`, store)
    ImpactResponseSchema.parse(data)
    // A 3990 + B 12800 − 6400 refunded + C 7980. To 脱贫户/监测户: A 850 + 530 (of supply 1600 at 100:60:40 and
    // dividend 200 at 1:1:2), B half of 4500, C 1700 + 1060 (supply 3200, dividend 399 → 100/100/199).
    expect(data.impact).toEqual({
      orders: 3,
      sales_fen: 18_370,
      household_income_fen: 6390,
      households_benefited: 3,
      persons_benefited: 11,
      cooperatives: 2,
    })
  })

  it("GET /store/impact/me: the signed-in customer's orders only; 401 when signed out", async () => {
    const { data } = await api.get(`/store/impact/me`, shopper)
    ImpactResponseSchema.parse(data)
    expect(data.impact).toEqual({
      orders: 2,
      sales_fen: 10_390,
      household_income_fen: 3630,
      households_benefited: 3,
      persons_benefited: 11,
      cooperatives: 2,
    })
    expect((await attempt(api.get(`/store/impact/me`, store))).status).toBe(401)
  })

  it("GET /store/impact/orders/:id: one order's households and income; not yet recorded; unknown is 404", async () => {
    const { data } = await api.get(`/store/impact/orders/${orders.guest}`, store)
    OrderImpactResponseSchema.parse(data)
    expect(data.impact).toEqual({
      order_id: orders.guest,
      recorded: true,
      sales_fen: 7980,
      household_income_fen: 2760,
      households_benefited: 2,
      persons_benefited: 6,
    })
    const refunded = await api.get(`/store/impact/orders/${orders.mine[1]}`, store)
    expect(refunded.data.impact).toMatchObject({
      sales_fen: 6400,
      household_income_fen: 2250,
      households_benefited: 1,
      persons_benefited: 5,
    })
    const empty = await api.get(`/store/impact/orders/${orders.empty}`, store)
    OrderImpactResponseSchema.parse(empty.data)
    expect(empty.data.impact).toEqual({
      order_id: orders.empty,
      recorded: false,
      sales_fen: 0,
      household_income_fen: 0,
      households_benefited: 0,
      persons_benefited: 0,
    })
    expect((await attempt(api.get(`/store/impact/orders/order_missing`, store))).status).toBe(404)
    expect((await attempt(api.get(`/store/impact/orders/${orders.guest}`))).status).toBe(400)
  })

  it("GET /store/impact/products/:id: what of each price reaches the latest lot's households, override included", async () => {
    const container = getContainer()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "variants.id", "variants.title"],
      filters: { handle: "changsheng-millet" },
    })
    const product = products[0] as { id: string; variants: { id: string; title: string }[] }
    const small = product.variants.find((v) => v.title === "2.5 kg")!

    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const lots = await service.listLots(
      { variant_id: small.id },
      { relations: ["contributions", "contributions.household"], order: { harvest_date: "DESC" } },
    )
    const contributors = lots[0]!.contributions.map(
      (c) => c.household as unknown as { status: Household["status"]; size: number },
    )
    const relief = contributors.filter((h) => countsAsBenefited(h.status))

    const { data } = await api.get(`/store/impact/products/${product.id}`, store)
    ProductImpactResponseSchema.parse(data)
    expect(data.product_impact).toMatchObject({
      product_id: product.id,
      benefit_mechanisms: ["supply", "dividend"],
      dividend_bps: 500,
    })
    const share = data.product_impact.variants.find((v: { variant_id: string }) => v.variant_id === small.id)
    // ¥39.90 for 2.5 kg: supply 2.5 × ¥6.40 = ¥16.00, then 5 % of ¥39.90 = ¥2.00 (199.5 rounded half up).
    expect(share).toMatchObject({
      price_fen: 3990,
      weight_g: 2500,
      supply_fen: 1600,
      dividend_fen: 200,
      household_fen: 1800,
      households: contributors.length,
    })
    expect(share).toMatchObject({
      relief_households: relief.length,
      relief_persons: relief.reduce((sum, h) => sum + h.size, 0),
      lot: { trace_code: lots[0]!.trace_code },
    })
    expect(share.relief_household_fen).toBeGreaterThan(0)
    expect(share.relief_household_fen).toBeLessThan(1800)

    const [override] = await service.createProductBenefits([
      {
        cooperative_id: lots[0]!.cooperative_id,
        product_id: product.id,
        benefit_mechanisms: ["dividend"],
        dividend_bps: 1000,
      },
    ])
    try {
      const again = await api.get(`/store/impact/products/${product.id}`, store)
      const overridden = again.data.product_impact.variants.find(
        (v: { variant_id: string }) => v.variant_id === small.id,
      )
      expect(overridden).toMatchObject({ supply_fen: 0, dividend_fen: 399, household_fen: 399 })
    } finally {
      await service.deleteProductBenefits(override!.id)
    }
    expect((await attempt(api.get(`/store/impact/products/prod_missing`, store))).status).toBe(404)
  })

  it("never carries a household's id or code", async () => {
    const { data: products } = await api.get(`/store/products?fields=id&limit=50`, store)
    const answers = await Promise.all([
      api.get(`/store/impact`, store),
      api.get(`/store/impact/me`, shopper),
      api.get(`/store/impact/orders/${orders.guest}`, store),
      ...products.products.map((p: { id: string }) => api.get(`/store/impact/products/${p.id}`, store)),
    ])
    const json = JSON.stringify(answers.map((a) => a.data))
    for (const h of households) {
      expect(json).not.toContain(h.id)
      expect(json).not.toContain(`"${h.code}"`)
    }
    expect(json).not.toMatch(/household_id|household_key|"name"/)
  })
})
