import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import {
  SettlementReconciliationSchema,
  StatementDetailSchema,
  StatementListSchema,
  type Statement,
  type StatementDetail,
} from "@fengshou/store-contract"
import { seedDemoData } from "../../src/scripts/seed/index"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { nextPeriod, periodOf } from "../../src/lib/settlement/period"
import settlementReconcile from "../../src/scripts/settlement-reconcile"
import { waitFor } from "./checkout-helpers"
import { adminLogin, attempt, type Auth, placeOrder } from "./cooperative-helpers"
import { liveFixture, type LiveFixture } from "./live-fixture"
import { openLink, readyToPay } from "./live-checkout"

// Settlement (#13): three captured orders over two cooperatives, A and B (2 × millet 2.5 kg at ¥39.90 from 远达) and
// C (fresh morels sold live at ¥79.00 by 北马, the host earning 5 %), plus D (millet, never captured). Sales are paid
// out at once (hold 0 days), the platform takes 6 %; every figure below is worked out by hand.
process.env.SETTLEMENT_HOLD_DAYS = "0"
process.env.SETTLEMENT_FEE_BPS = "600"
process.env.LIVE_REFUND_WINDOW_DAYS = "0"
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const MILLET_FEN = 2 * 3990 // 7980
const MOREL_FEN = 7900
const everything = "from=2000-01-01&to=2099-12-31"

export default topic("settlement", ({ api, getContainer }) => {
  let admin: Auth
  let fx: LiveFixture
  const orders = { A: "", B: "", C: "", D: "" }
  let paymentC = ""
  let beforeC = new Date()
  const ledger = () => getContainer().resolve<ReliefLedgerModuleService>("relief_ledger")
  const live = () => getContainer().resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const ledgerOf = async (id: string) => ledger().listOrderEntries([id])
  const commissionOf = async (id: string) =>
    (await live().listCommissionEntries({ order_id: id })).reduce((s, e) => s + e.amount_fen, 0)
  // Every answer is checked against the shared contract the portals and the Admin UI read it with.
  const statements = async (query = "") =>
    StatementListSchema.parse((await api.get(`/admin/settlements?limit=100${query}`, admin)).data)
      .statements as Statement[]
  const detail = async (id: string) =>
    StatementDetailSchema.parse((await api.get(`/admin/settlements/${id}`, admin)).data) as StatementDetail
  const byNumber = (list: Statement[], prefix: string) => list.find((s) => s.number.startsWith(prefix))
  const capture = async (orderId: string) => {
    const { data } = await api.get(`/admin/orders/${orderId}?fields=*payment_collections.payments`, admin)
    const payment = data.order.payment_collections[0].payments[0] as { id: string }
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
    return payment.id
  }

  beforeAll(async () => {
    const container = getContainer()
    const seeded = await seedDemoData(container, { staticDir })
    const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    admin = await adminLogin(api, container)
    fx = await liveFixture(container, {
      handle: "fresh-morels",
      livePriceFen: MOREL_FEN,
      cap: 10,
      limit: 2,
      rateBps: 500,
    })
    orders.A = (await placeOrder(api, store, seeded.regionId, ["changsheng-millet"])).id
    orders.B = (await placeOrder(api, store, seeded.regionId, ["changsheng-millet"])).id
    const cartId = await openLink(api, store, fx.code)
    await readyToPay(api, store, cartId, "fan@example.cn")
    orders.C = (await api.post(`/store/carts/${cartId}/complete`, {}, store)).data.order.id
    orders.D = (await placeOrder(api, store, seeded.regionId, ["changsheng-millet"])).id
    for (const id of Object.values(orders)) await waitFor(async () => (await ledgerOf(id)).length > 0, 20_000)
    await waitFor(async () => (await commissionOf(orders.C)) > 0, 20_000)
    await capture(orders.A)
    await capture(orders.B)
    beforeC = new Date()
    paymentC = await capture(orders.C)
  })

  it("settles the three orders to the fen, freezes the paid statements and puts a later refund on the next one", async () => {
    expect((await api.post(`/admin/settlements/generate`, {}, admin)).data).toEqual({ statements: 3 })
    const period = periodOf(new Date())
    const list = await statements(`&period=${period}`)
    const yuanda = byNumber(list, `JS-${period.replace("-", "")}-yuanda`)!
    const beima = byNumber(list, `JS-${period.replace("-", "")}-beima`)!
    const host = byNumber(list, `YJ-${period.replace("-", "")}-${fx.hostId}`)!
    // 远达: A and B, 7980 fen each; fee 6 % of 7980 = 478.8 → 479 each; no commission. Net 7980 − 479 = 7501 each.
    expect(yuanda).toMatchObject({
      party: "cooperative",
      party_name: "远达农业种植专业合作社",
      status: "open",
      gross_fen: 2 * MILLET_FEN,
      refunds_fen: 0,
      fee_fen: 2 * 479,
      commission_fen: 0,
      net_fen: 2 * 7501,
      fee_bps: 600,
      lines: 2,
    })
    // 北马: C, 7900 fen; fee 6 % = 474; the host's 5 % = 395 comes off too. Net 7900 − 474 − 395 = 7031.
    expect(beima).toMatchObject({ gross_fen: MOREL_FEN, fee_fen: 474, commission_fen: 395, net_fen: 7031, lines: 1 })
    // The host: one commission line of 395 on sales of 7900.
    expect(host).toMatchObject({
      party: "host",
      party_name: "测试主播",
      commission_fen: 395,
      net_fen: 395,
      fee_fen: 0,
    })
    const beimaLines = (await detail(beima.id)).lines
    expect(beimaLines).toHaveLength(1)
    expect(beimaLines[0]).toMatchObject({ kind: "sale", order_id: orders.C, sales_fen: MOREL_FEN, net_fen: 7031 })
    // Every line points at the ledger entries it sums (all parties of the order line).
    const entriesC = await ledgerOf(orders.C)
    expect(beimaLines[0]!.ledger_entry_ids).toHaveLength(entriesC.length)
    // D was never captured: it is on no statement.
    for (const s of await statements())
      expect((await detail(s.id)).lines.some((l) => l.order_id === orders.D)).toBe(false)

    // The operator pays all three.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    for (const s of [yuanda, beima, host]) {
      const { data } = await api.post(
        `/admin/settlements/${s.id}/mark-paid`,
        { paid_on: today, bank_reference: `CMB-${s.party}-0001` },
        admin,
      )
      expect(data.statement).toMatchObject({ status: "paid", paid_on: today, bank_reference: `CMB-${s.party}-0001` })
    }
    const again = await attempt(
      api.post(`/admin/settlements/${beima.id}/mark-paid`, { paid_on: today, bank_reference: "CMB-again" }, admin),
    )
    expect(again.status).toBe(409)
    expect((again.data as { message: string }).message).toBe(
      `statement ${beima.number} was already paid on ${today}: a paid statement never changes (later changes go on the next one)`,
    )
    const frozen = await detail(beima.id)

    // A partial refund of ¥20.00 on C, after 北马 was paid.
    await api.post(`/admin/payments/${paymentC}/refund`, { amount: 20 }, admin)
    await waitFor(async () => (await ledgerOf(orders.C)).some((e) => e.kind === "refund"), 20_000)
    await waitFor(async () => (await commissionOf(orders.C)) === 295, 20_000)
    expect((await api.post(`/admin/settlements/generate`, {}, admin)).data).toEqual({ statements: 2 })
    expect(await detail(beima.id)).toEqual(frozen)

    const next = nextPeriod(period)
    const later = await statements(`&period=${next}&status=open`)
    const beimaNext = byNumber(later, `JS-${next.replace("-", "")}-beima`)!
    // The refund takes 2000 fen back; the fee on what is left, 6 % of 5900 = 354, was 474: −120 back to 北马; the host's
    // commission on 5900 is 295, was 395: −100 back. Net −2000 + 120 + 100 = −1780 (北马 owes it).
    expect(beimaNext).toMatchObject({
      gross_fen: 0,
      refunds_fen: 2000,
      fee_fen: -120,
      commission_fen: -100,
      net_fen: -1780,
      lines: 1,
    })
    expect((await detail(beimaNext.id)).lines[0]).toMatchObject({
      kind: "refund",
      order_id: orders.C,
      sales_fen: -2000,
      fee_fen: -120,
      commission_fen: -100,
      net_fen: -1780,
    })
    expect(byNumber(later, `YJ-${next.replace("-", "")}-${fx.hostId}`)).toMatchObject({
      commission_fen: -100,
      net_fen: -100,
    })
    expect(byNumber(later, `JS-${next.replace("-", "")}-yuanda`)).toBeUndefined()

    // Captured − refunded = cooperative net + commission + fee + shipping, order by order: no difference.
    const { data: rec } = await api.get(`/admin/settlements/reconciliation?${everything}`, admin)
    SettlementReconciliationSchema.parse(rec)
    expect(rec.differences).toEqual([])
    expect(rec).toMatchObject({
      orders: 3,
      refunded_fen: 2000,
      cooperative_net_fen: 2 * 7501 + 7031 - 1780,
      commission_fen: 395 - 100,
      fee_fen: 2 * 479 + 474 - 120,
    })
    expect(rec.captured_fen - rec.refunded_fen).toBe(
      rec.cooperative_net_fen + rec.commission_fen + rec.fee_fen + rec.shipping_fen,
    )
  })

  it("leaves out what is not payable yet, and refuses bad payment dates", async () => {
    // As of a moment before C was captured, only A and B are payable.
    const asOf = beforeC.toISOString()
    const early = await attempt(api.post(`/admin/settlements/generate`, { as_of: asOf }, admin))
    expect(early.data).toEqual({ statements: 1 })
    const [only] = await statements()
    expect(only).toMatchObject({ party_id: expect.any(String), gross_fen: 2 * MILLET_FEN })
    expect(only!.number).toMatch(/^JS-\d{6}-yuanda$/)
    const bad = (body: unknown) => attempt(api.post(`/admin/settlements/${only!.id}/mark-paid`, body, admin))
    expect(await bad({ paid_on: "2099-01-01", bank_reference: "CMB-0001" })).toMatchObject({ status: 400 })
    expect(await bad({ paid_on: "2000-01-01", bank_reference: "CMB-0001" })).toMatchObject({ status: 400 })
    expect(await bad({ paid_on: "2026-13-01", bank_reference: "CMB-0001" })).toMatchObject({ status: 400 })
    expect(await bad({ paid_on: "2026-12-01", bank_reference: "x" })).toMatchObject({ status: 400 })
    expect(await attempt(api.get(`/admin/settlements/stmt_nope`, admin))).toMatchObject({ status: 404 })
    expect(
      await attempt(api.get(`/admin/settlements/reconciliation?from=2026-12-02&to=2026-12-01`, admin)),
    ).toMatchObject({ status: 400 })
    // Generated again as of now: C joins, the open statement keeps its id.
    await api.post(`/admin/settlements/generate`, {}, admin)
    expect((await statements()).find((s) => s.id === only!.id)?.lines).toBe(2)
  })

  it("reports an order whose ledger no longer matches its money", async () => {
    const [entry] = (await ledgerOf(orders.A)).filter((e) => e.party === "cooperative")
    await ledger().appendEntries([{ ...entry!, source_event_id: `test.correction:${orders.A}`, amount_fen: 1 }])
    const { data: rec } = await api.get(`/admin/settlements/reconciliation?${everything}`, admin)
    expect(rec.differences).toEqual([
      expect.objectContaining({ kind: "order_money", order_id: orders.A, actual_fen: expect.any(Number) }),
    ])
    const [d] = rec.differences as { expected_fen: number; actual_fen: number }[]
    expect(d!.actual_fen - d!.expected_fen).toBe(1)
    // `npm run settlement:reconcile` prints the same and exits 1.
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined)
    try {
      await settlementReconcile({ container: getContainer(), args: ["2000-01-01", "2099-12-31"] } as never)
      expect(process.exitCode).toBe(1)
      expect(log.mock.calls.map((c) => String(c[0])).join("\n")).toMatch(/order_money\t.+\n1 differences$/)
    } finally {
      process.exitCode = 0
      log.mockRestore()
    }
  })

  it("reports a paid line whose ledger entries changed after it was paid", async () => {
    await api.post(`/admin/settlements/generate`, {}, admin)
    const yuanda = (await statements()).find((s) => s.number.endsWith("-yuanda"))
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    await api.post(`/admin/settlements/${yuanda!.id}/mark-paid`, { paid_on: today, bank_reference: "CMB-0002" }, admin)
    // An entry written later into A's sale (a different benefit kind, so a new entry key): the paid line is stale.
    const [entry] = (await ledgerOf(orders.A)).filter((e) => e.party === "cooperative" && e.kind === "sale")
    await ledger().appendEntries([{ ...entry!, benefit_kind: "dividend", amount_fen: 1 }])
    const { data: rec } = await api.get(`/admin/settlements/reconciliation?${everything}`, admin)
    const kinds = (rec.differences as { kind: string; order_id: string }[]).map((d) => [d.kind, d.order_id])
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["frozen_line", orders.A],
        ["order_money", orders.A],
      ]),
    )
    // Regenerating leaves the paid statement as it was.
    const before = await detail(yuanda!.id)
    await api.post(`/admin/settlements/generate`, {}, admin)
    expect(await detail(yuanda!.id)).toEqual(before)
  })
})
