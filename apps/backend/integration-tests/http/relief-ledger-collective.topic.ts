import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import { CooperativeMeResponseSchema, CooperativeProductSchema, ReliefSummarySchema } from "@fengshou/store-contract"
import { seedDemoData } from "../../src/scripts/seed/index"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { reconcileLedger } from "../../src/queries/relief/reconcile-ledger"
import { waitFor } from "./checkout-helpers"
import { adminLogin, attempt, type Auth, loginCooperative, placeOrder } from "./cooperative-helpers"
import { loginOfficial, WENDENG } from "./official-helpers"

// The village collective (村集体) as a party of the ledger. 北马 gives its village 10 % (1000 bps) of net sales.
// Two fresh morels of ¥89.00: net 17,800 fen, 1,000 g. Supply: the lot's farmgate ¥90/kg × 1 kg = 9,000 fen to the
// households; no dividend; collective 10 % × 17,800 = 1,780 (under the 8,800 supply left); cooperative 7,020.
// A refund of ¥44.50 (a quarter) takes back a quarter of each part: collective −445, cooperative −1,755.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const year = "from=2000-01-01&to=2099-12-31"
const BEIMA = "beima@demo.fengshou.local"

export default topic("relief-ledger-collective", ({ api, getContainer }) => {
  let store: Auth
  let regionId: string
  let beima: Auth
  let wendeng: Auth
  let orderId: string
  const ledger = () => getContainer().resolve<ReliefLedgerModuleService>("relief_ledger")
  const entriesOf = (id: string) => ledger().listOrderEntries([id])
  const summary = async (q = "group_by=cooperative") =>
    ReliefSummarySchema.parse((await api.get(`/official/relief/summary?${year}&${q}`, wendeng)).data)

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    regionId = seeded.regionId
    beima = await loginCooperative(api, BEIMA)
    // The seed gives 北马 its share already; the cooperative sets it as its portal would.
    const { data } = await api.post(`/cooperative/me`, { collective_bps: 1000 }, beima)
    expect(CooperativeMeResponseSchema.parse(data).cooperative.collective_bps).toBe(1000)
    orderId = (await placeOrder(api, store, regionId, ["fresh-morels"])).id
    await waitFor(async () => (await entriesOf(orderId)).length > 0, 20_000)
    wendeng = await loginOfficial(api, WENDENG)
  })

  it("writes exactly one collective entry of 10 % of the line, with no household, kind or grams", async () => {
    const entries = await entriesOf(orderId)
    const collective = entries.filter((e) => e.party === "collective")
    expect(collective).toHaveLength(1)
    expect(collective[0]).toMatchObject({
      kind: "sale",
      amount_fen: 1780,
      quantity_g: 0,
      household_id: null,
      source_event_id: `order.placed:${orderId}`,
    })
    expect(collective[0]).not.toHaveProperty("household_key")
    expect(collective[0]).not.toHaveProperty("benefit_kind")
    const households = entries.filter((e) => e.party === "household")
    expect(households.every((e) => e.benefit_kind === "supply")).toBe(true)
    expect(households.reduce((s, e) => s + e.amount_fen, 0)).toBe(9000)
    expect(entries.filter((e) => e.party === "cooperative")).toEqual([
      expect.objectContaining({ amount_fen: 7020, quantity_g: 1000 }),
    ])
    expect(entries.reduce((s, e) => s + e.amount_fen, 0)).toBe(17_800)

    const { totals, rows, compare } = await summary()
    expect(totals).toMatchObject({ sales_fen: 17_800, collective_income_fen: 1780, quantity_g: 1000 })
    expect(rows).toEqual([expect.objectContaining({ label: "北马村羊肚菌合作社", collective_income_fen: 1780 })])
    expect(compare.previous.totals.collective_income_fen).toBe(0)
    expect(await reconcileLedger(getContainer(), { order_ids: [orderId] })).toMatchObject({ differences: [] })
  })

  it("takes a quarter of the collective's part back on a quarter refund, and reconciles", async () => {
    const admin = await adminLogin(api, getContainer())
    const { data } = await api.get(`/admin/orders/${orderId}?fields=*payment_collections.payments`, admin)
    const payment = data.order.payment_collections[0].payments[0]
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
    await api.post(`/admin/payments/${payment.id}/refund`, { amount: 44.5 }, admin)
    await waitFor(async () => (await entriesOf(orderId)).some((e) => e.kind === "refund"), 20_000)

    const refund = (await entriesOf(orderId)).filter((e) => e.kind === "refund")
    expect(refund.filter((e) => e.party === "collective").map((e) => e.amount_fen)).toEqual([-445])
    expect(refund.filter((e) => e.party === "cooperative").map((e) => e.amount_fen)).toEqual([-1755])
    expect(refund.filter((e) => e.party === "household").reduce((s, e) => s + e.amount_fen, 0)).toBe(-2250)

    const { totals } = await summary("group_by=channel")
    expect(totals).toMatchObject({ sales_fen: 13_350, refunds_fen: 4450, collective_income_fen: 1780 - 445 })
    const csv = Buffer.from(
      (
        await api.get(`/official/relief/export?${year}&group_by=cooperative&format=csv`, {
          ...wendeng,
          responseType: "arraybuffer",
        })
      ).data,
    )
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(","))
    const column = csv[0]!.findIndex((h) => h.endsWith("(collective_income_fen)"))
    expect(csv[0]![column]).toBe("村集体收入（分） (collective_income_fen)")
    expect(csv.find((l) => l[0] === "total")?.[column]).toBe("1335")
    expect(await reconcileLedger(getContainer(), { order_ids: [orderId] })).toMatchObject({ differences: [] })
  })

  it("takes collective_bps from 0 to 10000 on the profile and a product's override, and refuses anything else", async () => {
    for (const collective_bps of [10_001, -1, 12.5, "1000"]) {
      const res = await attempt(api.post(`/cooperative/me`, { collective_bps }, beima))
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.data)).toContain("collective_bps")
    }
    const { data: me } = await api.post(`/cooperative/me`, { collective_bps: null }, beima)
    expect(CooperativeMeResponseSchema.parse(me).cooperative.collective_bps).toBeNull()
    const { data: again } = await api.get(`/cooperative/me`, beima)
    expect(again.cooperative.collective_bps).toBeNull()

    // A product's override: 5 % to the collective on dried morels only (the cooperative now gives none).
    const { data: list } = await api.get(`/cooperative/products`, beima)
    const dried = list.products.find((p: { handle: string }) => p.handle === "dried-morels")
    const bad = await attempt(
      api.post(
        `/cooperative/products/${dried.id}`,
        { benefit_override: { benefit_mechanisms: ["supply"], collective_bps: 20_000 } },
        beima,
      ),
    )
    expect(bad.status).toBe(400)
    const { data: updated } = await api.post(
      `/cooperative/products/${dried.id}`,
      { benefit_override: { benefit_mechanisms: ["supply"], collective_bps: 500 } },
      beima,
    )
    expect(CooperativeProductSchema.parse(updated.product).benefit_override).toMatchObject({ collective_bps: 500 })
    const order = await placeOrder(api, store, regionId, ["dried-morels", "fresh-morels"])
    await waitFor(async () => (await entriesOf(order.id)).length > 0, 20_000)
    const entries = await entriesOf(order.id)
    const driedLine = order.items.find((i) => i.product_handle === "dried-morels")!.id
    // 2 × ¥128.00 = 25,600 fen; 5 % = 1,280 (supply is 9,000 × 0.2 kg = 1,800, leaving plenty)
    expect(entries.filter((e) => e.party === "collective").map((e) => [e.line_item_id, e.amount_fen])).toEqual([
      [driedLine, 1280],
    ])
    expect(await reconcileLedger(getContainer(), { order_ids: [order.id] })).toMatchObject({ differences: [] })
  })
})
