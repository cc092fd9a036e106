import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed/index"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { waitFor } from "./checkout-helpers"
import { adminLogin, placeOrder } from "./cooperative-helpers"
import { HEILONGJIANG, loginOfficial } from "./official-helpers"

// A reversal is counted where its sale was. A canteen buys online as an ordinary customer, is then moved into the
// institution group, and is refunded: the refund must come off the online row, not open an institutional one.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))

export default topic("relief-ledger-reversal-dimensions", ({ api, getContainer }) => {
  it("puts a refund in the sale's channel after the customer joined the institution group", async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    const key = { "x-publishable-api-key": seeded.publishableKey }
    const email = "canteen-later@example.cn"
    const { data: reg } = await api.post(`/auth/customer/emailpass/register`, { email, password: "canteen-pass" })
    const { data: created } = await api.post(
      `/store/customers`,
      { email, first_name: "食堂" },
      { headers: { ...key, authorization: `Bearer ${reg.token}` } },
    )
    const { data: login } = await api.post(`/auth/customer/emailpass`, { email, password: "canteen-pass" })
    const order = await placeOrder(
      api,
      { headers: { ...key, authorization: `Bearer ${login.token}` } },
      seeded.regionId,
      ["linden-honey"],
    )
    const ledger = getContainer().resolve<ReliefLedgerModuleService>("relief_ledger")
    const entriesOf = () => ledger.listOrderEntries([order.id])
    await waitFor(async () => (await entriesOf()).length > 0, 20_000)
    expect(new Set((await entriesOf()).map((e) => e.channel))).toEqual(new Set(["online"]))

    const customers = getContainer().resolve(Modules.CUSTOMER)
    const [group] = await customers.listCustomerGroups({ name: "institution" })
    await customers.addCustomerToGroup({ customer_id: created.customer.id, customer_group_id: group!.id })
    const admin = await adminLogin(api, getContainer())
    const { data } = await api.get(`/admin/orders/${order.id}?fields=*payment_collections.payments`, admin)
    const payment = data.order.payment_collections[0].payments[0]
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
    await api.post(`/admin/payments/${payment.id}/refund`, { amount: 20 }, admin)
    await waitFor(async () => (await entriesOf()).some((e) => e.kind === "refund"), 20_000)

    const refund = (await entriesOf()).filter((e) => e.kind === "refund")
    expect(refund.reduce((s, e) => s + e.amount_fen, 0)).toBe(-2000)
    expect(new Set(refund.map((e) => e.channel))).toEqual(new Set(["online"]))
    // Honey 500 g ¥58.00 × 2 = 11600 fen sold online, 2000 refunded.
    const province = await loginOfficial(api, HEILONGJIANG)
    const { data: summary } = await api.get(
      `/official/relief/summary?from=2000-01-01&to=2099-12-31&group_by=channel`,
      province,
    )
    expect(
      summary.rows.map((r: { key: string; sales_fen: number; refunds_fen: number }) => [
        r.key,
        r.sales_fen,
        r.refunds_fen,
      ]),
    ).toEqual([["online", 11600 - 2000, 2000]])
  })
})
