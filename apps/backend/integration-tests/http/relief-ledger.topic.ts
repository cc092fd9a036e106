import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import ExcelJS from "exceljs"
import { topic } from "../runner"
import { Modules } from "@medusajs/framework/utils"
import { foldReport, type ReportFigures } from "@fengshou/relief-core"
import { seedDemoData } from "../../src/scripts/seed/index"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { waitFor } from "./checkout-helpers"
import { adminLogin, attempt, type Auth, placeOrder } from "./cooperative-helpers"
import { HEILONGJIANG, loginOfficial, QINGGANG } from "./official-helpers"

// Three orders over two cooperatives through the standard store checkout: A (millet + honey), B (millet, 20 yuan
// refunded), C (honey, canceled). Medusa's own events write the ledger; the report is checked against the
// amounts worked out below from the shelf prices and the cooperatives' mechanisms.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const year = { from: "2000-01-01", to: "2099-12-31" }

export default topic("relief-ledger", ({ api, getContainer }) => {
  let admin: Auth
  const orders: Record<"A" | "B" | "C", string> = { A: "", B: "", C: "" }
  const ledger = () => getContainer().resolve<ReliefLedgerModuleService>("relief_ledger")
  const entriesOf = async (id: string) => ledger().listOrderEntries([id])
  const report = async (group_by: "cooperative" | "channel" = "cooperative") =>
    foldReport(await ledger().listReportEntries({ from: year.from, to: year.to, prefix: "" }), { ...year, group_by })

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    admin = await adminLogin(api, getContainer())
    orders.A = (await placeOrder(api, store, seeded.regionId, ["changsheng-millet", "linden-honey"])).id
    orders.B = (await placeOrder(api, store, seeded.regionId, ["changsheng-millet"])).id
    orders.C = (await placeOrder(api, store, seeded.regionId, ["linden-honey"])).id
    for (const id of Object.values(orders)) await waitFor(async () => (await entriesOf(id)).length > 0, 20_000)

    const { data } = await api.get(`/admin/orders/${orders.B}?fields=*payment_collections.payments`, admin)
    const payment = data.order.payment_collections[0].payments[0]
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
    await api.post(`/admin/payments/${payment.id}/refund`, { amount: 20 }, admin)
    await api.post(`/admin/orders/${orders.C}/cancel`, {}, admin)
    await waitFor(async () => (await entriesOf(orders.B)).some((e) => e.kind === "refund"), 20_000)
    await waitFor(async () => (await entriesOf(orders.C)).some((e) => e.kind === "cancel"), 20_000)
  })

  it("reports the three orders exactly, to the fen", async () => {
    // Millet 2.5 kg ¥39.90 ×2 = 7980 fen, 5000 g; 远达: supply 6.40 ¥/kg → 3200, dividend 5 % → 399, co-op 4381.
    // Honey 500 g ¥58.00 ×2 = 11600 fen, 1000 g; 大桥: supply 40 ¥/kg → 4000 to households, co-op 7600.
    // B's 2000 fen refund is split over what each party of its millet line holds (4381 : 3599 of 7980).
    const { totals, rows } = await report()
    const expected: Partial<ReportFigures> = {
      orders: 2,
      sales_fen: 7980 + 11600 + (7980 - 2000) + (11600 - 11600),
      refunds_fen: 2000 + 11600,
      quantity_g: 5000 + 1000 + 5000 + (1000 - 1000),
      cooperatives: 2,
    }
    expect(totals).toMatchObject(expected)
    // Households: every household part of A and B, less B's refund share: 3599 + 4000 + 3599 − round(2000 × 3599 / 7980).
    const householdAll = (await ledger().listReportEntries({ ...year, prefix: "" })).filter(
      (e) => e.party === "household",
    )
    expect(householdAll.reduce((s, e) => s + e.amount_fen, 0)).toBe(3599 + 4000 + 3599 - 902)
    expect(totals.household_income_fen).toBeLessThanOrEqual(3599 + 4000 + 3599 - 902)
    expect(totals.households_benefited).toBeGreaterThan(0)
    expect(rows.map((r) => r.sales_fen).reduce((a, b) => a + b, 0)).toBe(totals.sales_fen)
    expect((await report("channel")).rows.map((r) => r.key)).toEqual(["online"])
  })

  it("gives the province's official the same figures in JSON and CSV, and the county official only its county", async () => {
    const province = await loginOfficial(api, HEILONGJIANG)
    const q = `from=${year.from}&to=${year.to}&group_by=cooperative`
    const { data } = await api.get(`/official/relief/summary?${q}`, province)
    expect(data.totals).toEqual((await report()).totals)
    expect(data.totals).toMatchObject({
      orders: 2,
      sales_fen: 25560,
      refunds_fen: 13600,
      quantity_g: 11000,
      cooperatives: 2,
    })
    const csv = Buffer.from(
      (await api.get(`/official/relief/export?${q}&format=csv`, { ...province, responseType: "arraybuffer" })).data,
    ).toString("utf8")
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(","))
    const column = lines[0]!.findIndex((h) => h.endsWith("(sales_fen)"))
    expect(lines.find((l) => l[0] === "total")?.[column]).toBe("25560")
    const xlsx = await api.get(`/official/relief/export?${q}&format=xlsx`, {
      ...province,
      responseType: "arraybuffer",
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.data as ArrayBuffer)
    const sheet = workbook.getWorksheet("报表")!
    const header = (sheet.getRow(1).values as string[]).findIndex(
      (h) => typeof h === "string" && h.endsWith("(sales_fen)"),
    )
    expect(sheet.getRow(sheet.rowCount).getCell(1).value).toBe("total")
    expect(sheet.getRow(sheet.rowCount).getCell(header).value).toBe(25560)
    // 青冈县 holds 远达's millet only: A's and B's lines, B less its refund.
    const county = await loginOfficial(api, QINGGANG)
    const { data: own } = await api.get(`/official/relief/summary?${q}`, county)
    expect(own.totals).toMatchObject({ orders: 2, sales_fen: 7980 + 5980, cooperatives: 1 })
    expect((await attempt(api.get(`/official/relief/summary?${q}&region=23`, county))).status).toBe(403)
  })

  it("counts an order of a customer in the institution group under the institutional channel", async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    const key = { "x-publishable-api-key": seeded.publishableKey }
    const email = "canteen@example.cn"
    const { data: reg } = await api.post(`/auth/customer/emailpass/register`, { email, password: "canteen-pass" })
    const { data: created } = await api.post(
      `/store/customers`,
      { email, first_name: "食堂" },
      { headers: { ...key, authorization: `Bearer ${reg.token}` } },
    )
    const customers = getContainer().resolve(Modules.CUSTOMER)
    const [group] = await customers.listCustomerGroups({ name: "institution" })
    await customers.addCustomerToGroup({ customer_id: created.customer.id, customer_group_id: group!.id })
    const { data: login } = await api.post(`/auth/customer/emailpass`, { email, password: "canteen-pass" })
    const order = await placeOrder(
      api,
      { headers: { ...key, authorization: `Bearer ${login.token}` } },
      seeded.regionId,
      ["linden-honey"],
    )
    await waitFor(async () => (await entriesOf(order.id)).length > 0, 20_000)
    expect(new Set((await entriesOf(order.id)).map((e) => e.channel))).toEqual(new Set(["institutional"]))
  })

  it("changes nothing when order.placed is delivered again", async () => {
    const before = await report()
    const count = (await entriesOf(orders.A)).length
    await getContainer()
      .resolve(Modules.EVENT_BUS)
      .emit({ name: "order.placed", data: { id: orders.A } })
    await getContainer()
      .resolve(Modules.EVENT_BUS)
      .emit({ name: "order.canceled", data: { id: orders.C } })
    await new Promise((r) => setTimeout(r, 1500))
    expect((await entriesOf(orders.A)).length).toBe(count)
    expect(await report()).toEqual(before)
  })

  it("reconciles with no difference, and a backfill restores entries that were never written", async () => {
    expect((await api.get(`/admin/relief/reconciliation`, admin)).data).toEqual({
      checked_orders: 3,
      differences: [],
    })
    const before = await report()
    // The database refuses deletes but a compensation's; this one poses as one to lose order A's entries.
    await getContainer()
      .resolve("__pg_connection__")
      .transaction(async (trx: { raw: (sql: string, params?: unknown[]) => Promise<unknown> }) => {
        await trx.raw(`set local fengshou.ledger_compensation = 'on'`)
        await trx.raw(`delete from relief_ledger_entry where order_id = ?`, [orders.A])
      })
    const gap = (await api.get(`/admin/relief/reconciliation`, admin)).data
    expect(gap.differences).toEqual([
      expect.objectContaining({ order_id: orders.A, kind: "missing_entries", expected: 7980 + 11600 }),
    ])
    const { data } = await api.post(`/admin/relief/backfill`, {}, admin)
    expect(data).toMatchObject({ orders: 1 })
    expect((await api.post(`/admin/relief/backfill`, {}, admin)).data).toEqual({ orders: 0, appended: 0 })
    expect(await report()).toEqual(before)
    expect((await api.get(`/admin/relief/reconciliation`, admin)).data.differences).toEqual([])
  })

  it("refuses to change an entry in place and rejects a malformed backfill body", async () => {
    const pg = getContainer().resolve("__pg_connection__")
    await expect(pg.raw(`update relief_ledger_entry set amount_fen = 0`)).rejects.toThrow(/append-only/)
    const bad = await attempt(api.post(`/admin/relief/backfill`, { order_ids: "order_1" }, admin))
    expect(bad.status).toBe(400)
  })
})
