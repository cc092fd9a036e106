// Settlement (#13), the operator's side: a guest buys jujubes from 土宝营, the payment is captured and the open
// statements recomputed past the refund window; the operator signs in to Medusa Admin, opens 结算, opens 土宝营's open
// statement (the order is on it), marks it paid with a date and a bank reference, and sees it 已付 with both, the
// form gone; the backend agrees. Set ADMIN_SETTLEMENT_SCREENSHOTS=<dir> to keep the pages at 1280 px, zh and en.
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from "vitest"
import { launchChromium } from "./browser"
import { E2E_DEMO_PASSWORD } from "./demo-password"
import { addToCart, fillAddress, newShopper, openProduct, payForOrder, saveAddress, url } from "./shop"
import { startAdmin, type AdminServer } from "./stack"

const OPERATOR = { email: "admin-operator@e2e.fengshou.local", password: E2E_DEMO_PASSWORD }
// 土宝营's jujubes: no other journey buys them, so no other journey's statement is the one paid here.
const COOPERATIVE = "土宝营村枣业合作社"
const BANK_REFERENCE = "ICBC-20261206-0042"
// In production Medusa's session cookie is Secure, which express-session sets only on HTTPS: the Admin is served behind
// TLS, so the browser says so as that proxy would (Chromium keeps Secure cookies on http://localhost).
const DESKTOP = { viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { "x-forwarded-proto": "https" } }

type Statement = { id: string; number: string; party_name: string; status: string; paid_on: string | null }
type Detail = { statement: Statement & { bank_reference: string | null }; lines: { order_id: string }[] }

async function snap(page: Page, name: string) {
  const dir = process.env.ADMIN_SETTLEMENT_SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}

describe("settlement in Medusa Admin", () => {
  let browser: Browser
  let admin: AdminServer
  let token: string
  const api = async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const response = await fetch(`${admin.adminUrl}${path}`, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
    return (await response.json()) as T
  }

  beforeAll(async () => {
    const stackPort = Number(new URL(inject("backendUrl")).port)
    ;[browser, admin] = await Promise.all([
      launchChromium(inject("chromiumPath")),
      startAdmin({ databaseUrl: inject("databaseUrl"), port: stackPort + 2, operator: OPERATOR }),
    ])
    const auth = await fetch(`${admin.adminUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(OPERATOR),
    })
    token = ((await auth.json()) as { token: string }).token
  })
  afterAll(async () => {
    await browser?.close()
    await admin?.stop()
  })

  it("the operator marks a cooperative's open statement paid", { timeout: 240_000 }, async () => {
    // The admin backend's errors, without their long stacks.
    onTestFailed(() => {
      const errors = admin
        .output()
        .split("\n")
        .filter((l) => /"level":"error"|Error:/.test(l))
      console.error(`admin backend errors:\n${errors.map((l) => l.slice(0, 1500)).join("\n")}`)
    })
    // A guest buys a bag of 土宝营's jujubes (the system provider only authorizes); the platform captures it.
    const buyer = await newShopper(browser)
    await openProduct(buyer.page, "jinsiwang-jujubes")
    await addToCart(buyer.page)
    await buyer.page.goto(url("/checkout"))
    await fillAddress(buyer.page, { phone: "13712345678" })
    await saveAddress(buyer.page)
    const displayId = await payForOrder(buyer.page)
    const orderId = buyer.page.url().match(/\/order\/([^/]+)\/confirmed$/)![1]!
    await buyer.context.close()
    const { order } = await api<{ order: { payment_collections: { payments: { id: string }[] }[] } }>(
      `/admin/orders/${orderId}?fields=payment_collections.payments.id`,
    )
    const paymentId = order.payment_collections[0]!.payments[0]!.id
    await api(`/admin/payments/${paymentId}/capture`, { method: "POST", body: {} })

    // Past the refund window the line is payable: recompute the open statements as of 30 days from now.
    const asOf = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString()
    await api("/admin/settlements/generate", { method: "POST", body: { as_of: asOf } })
    const { statements } = await api<{ statements: Statement[] }>(
      "/admin/settlements?party=cooperative&status=open&limit=100",
    )
    let target: Statement | undefined
    for (const s of statements.filter((s) => s.party_name === COOPERATIVE)) {
      const detail = await api<Detail>(`/admin/settlements/${s.id}`)
      if (detail.lines.some((l) => l.order_id === orderId)) target = s
    }
    if (!target) throw new Error(`no open statement of ${COOPERATIVE} holds order #${displayId}`)

    // The operator signs in to the Admin in Chinese and opens 结算 from the sidebar.
    const context: BrowserContext = await browser.newContext({ ...DESKTOP, locale: "zh-CN" })
    await context.addCookies([{ name: "lng", value: "zhCN", url: admin.adminUrl }])
    const page = await context.newPage()
    await page.goto(`${admin.adminUrl}/app`)
    await page.locator('input[name="email"]').fill(OPERATOR.email)
    await page.locator('input[name="password"]').fill(OPERATOR.password)
    await page.locator('button[type="submit"]').click()
    await page.getByRole("link", { name: "结算", exact: true }).click()
    await page.getByRole("heading", { name: "结算", exact: true }).waitFor()
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: target.number }) })
    await row.getByText("待付").waitFor()
    await snap(page, "01-settlements-zh")

    // Its page lists our order (a link to Medusa's order page) and the form to mark it paid.
    await row.getByRole("link", { name: target.number }).click()
    await page.getByRole("heading", { name: `结算单 ${target.number}` }).waitFor()
    const orderLink = page.getByRole("link", { name: `#${displayId}`, exact: true })
    expect(await orderLink.getAttribute("href")).toBe(`/app/orders/${orderId}`)
    await snap(page, "02-statement-open-zh")

    // A reference the bank never issues (too short) is refused with the backend's own words.
    await page.getByLabel("银行流水号").fill("123")
    await page.getByRole("button", { name: "标记为已付" }).click()
    await page.getByRole("alert").waitFor()
    expect(await page.getByRole("alert").innerText()).toMatch(/bank_reference/)

    // The date defaults to today in China; the operator keeps it.
    const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
    expect(await page.getByLabel("付款日期").inputValue()).toBe(today)
    await page.getByLabel("银行流水号").fill(BANK_REFERENCE)
    await page.getByRole("button", { name: "标记为已付" }).click()
    const paid = page.getByTestId("statement-paid")
    // Wait for the statement paid, and only then read any refusal: waiting for "paid or an alert" could catch the first
    // refusal before React had cleared it for the new submission, and then wait on an alert that had gone.
    await paid.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
      const alerts = await page.getByRole("alert").allInnerTexts()
      throw new Error(`marking paid was refused: ${alerts.join(" / ") || "(no message shown)"}`, { cause: error })
    })
    expect(await paid.innerText()).toContain(today)
    expect(await paid.innerText()).toContain(BANK_REFERENCE)
    await page.getByText("已付", { exact: true }).first().waitFor()
    expect(await page.getByRole("button", { name: "标记为已付" }).count()).toBe(0)
    await snap(page, "03-statement-paid-zh")

    const after = await api<Detail>(`/admin/settlements/${target.id}`)
    expect(after.statement).toMatchObject({ status: "paid", paid_on: today, bank_reference: BANK_REFERENCE })

    // Reconciliation opens on last month; this month so far holds the order, and every order and statement agrees.
    await page.getByRole("link", { name: "结算对账" }).first().click()
    await page.getByTestId("reconciliation-verdict").waitFor()
    await page.goto(`${admin.adminUrl}/app/settlements/reconciliation?from=${today.slice(0, 8)}01&to=${today}`)
    const verdict = page.getByTestId("reconciliation-verdict")
    await verdict.waitFor()
    expect(await verdict.innerText()).toContain("差异：0 处")
    await snap(page, "04-reconciliation-zh")

    // The paid statement is listed under 已付 with its date and reference.
    await page.goto(`${admin.adminUrl}/app/settlements?party=cooperative&status=paid`)
    const paidRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: target.number }) })
    await paidRow.getByText(BANK_REFERENCE).waitFor()
    expect(await paidRow.innerText()).toContain(today)
    await snap(page, "05-settlements-paid-zh")

    // The same pages in English, for the screenshots.
    if (process.env.ADMIN_SETTLEMENT_SCREENSHOTS) {
      await context.addCookies([{ name: "lng", value: "en", url: admin.adminUrl }])
      await page.goto(`${admin.adminUrl}/app/settlements/${target.id}`)
      await page.getByRole("heading", { name: `Statement ${target.number}` }).waitFor()
      await snap(page, "06-statement-paid-en")
      await page.goto(`${admin.adminUrl}/app/settlements/reconciliation?from=${today.slice(0, 8)}01&to=${today}`)
      await page.getByTestId("reconciliation-verdict").waitFor()
      await snap(page, "07-reconciliation-en")
    }
    await context.close()
  })
})
