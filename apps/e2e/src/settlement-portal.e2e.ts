// Settlement (#13), the cooperative's side: a shopper's order of 远达's millet is paid, the operator captures the
// payment and generates the statements as of a day past the refund window, and 远达's clerk, on a 390 px phone, opens
// 结算, opens the statement, downloads its CSV and PDF, then opens the household income for the order's month and
// downloads the dividend sheet (分红表); the demo host opens 结算 in the host console. Screenshots (390 / 1280 px,
// zh and en) go to SETTLEMENT_SCREENSHOTS=<dir>.
import { mkdtempSync, readFileSync } from "node:fs"
import { randomBytes } from "node:crypto"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { E2E_DEMO_PASSWORD } from "./demo-password"
import { runToEnd } from "./processes"
import { addToCart, fillAddress, newShopper, openProduct, payForOrder, saveAddress, url } from "./shop"

const CLERK = { email: "yuanda@demo.fengshou.local", password: E2E_DEMO_PASSWORD }
const HOST = { email: "host@demo.fengshou.local", password: E2E_DEMO_PASSWORD }
const OPERATOR = { email: "operator@e2e.fengshou.local", password: E2E_DEMO_PASSWORD }
const backendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../backend")

async function snap(page: Page, name: string) {
  const dir = process.env.SETTLEMENT_SCREENSHOTS
  if (!dir) return
  await page.screenshot({ path: `${dir}/${name}-390.png`, fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: `${dir}/${name}-1280.png`, fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
}

/**
 * The seed makes no operator login, so the journey makes one the way an operator of a fresh install does
 * (`medusa user`, on the stack's database), then signs in to the admin API with it.
 */
async function operatorToken(): Promise<string> {
  const medusa = createRequire(import.meta.url).resolve("@medusajs/cli/cli.js", { paths: [backendDir] })
  await runToEnd("medusa user", process.execPath, [medusa, "user", "-e", OPERATOR.email, "-p", OPERATOR.password], {
    cwd: backendDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: inject("databaseUrl"),
      FENGSHOU_DATA_DIR: mkdtempSync(path.join(tmpdir(), "fengshou-e2e-operator-")),
      JWT_SECRET: randomBytes(32).toString("hex"),
      COOKIE_SECRET: randomBytes(32).toString("hex"),
      HOUSEHOLD_DATA_KEY: randomBytes(32).toString("hex"),
      HOUSEHOLD_HASH_KEY: randomBytes(32).toString("hex"),
      DEMO_PASSWORD: E2E_DEMO_PASSWORD,
      MEDUSA_DISABLE_ADMIN: "true",
      REDIS_URL: "",
    },
  })
  const { token } = await backend<{ token: string }>("POST", "/auth/user/emailpass", null, OPERATOR)
  return token
}

async function backend<T>(method: "GET" | "POST", route: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json" }
  if (token) headers.authorization = `Bearer ${token}`
  const response = await fetch(`${inject("backendUrl")}${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

type AdminOrder = { payment_collections: { payments: { id: string; captured_at: string | null }[] }[] }

/** The operator captures the order's payment (the system provider only authorizes) and generates the statements. */
async function settle(orderId: string) {
  const token = await operatorToken()
  const { order } = await backend<{ order: AdminOrder }>(
    "GET",
    `/admin/orders/${orderId}?fields=id,*payment_collections.payments`,
    token,
  )
  for (const payment of order.payment_collections.flatMap((c) => c.payments))
    if (!payment.captured_at) await backend("POST", `/admin/payments/${payment.id}/capture`, token, {})
  // A month on: the hold (SETTLEMENT_HOLD_DAYS, 15 by default, past 七天无理由) is over, so the line is payable.
  const asOf = new Date(Date.now() + 30 * 86_400_000).toISOString()
  await backend("POST", "/admin/settlements/generate", token, { as_of: asOf })
}

/** Clicks a download link and answers the saved file's bytes and the name the backend gave it. */
async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()])
  const saved = await file.path()
  return { name: file.suggestedFilename(), bytes: readFileSync(saved) }
}

const shanghaiMonth = (at: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(at).slice(0, 7)

describe("settlement in the cooperative portal", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("a clerk downloads the statement and the dividend sheet on a phone", { timeout: 300_000 }, async () => {
    const buyer = await newShopper(browser)
    await openProduct(buyer.page, "changsheng-millet")
    await addToCart(buyer.page, 2)
    await buyer.page.goto(url("/checkout"))
    await fillAddress(buyer.page, { phone: "13912345679" })
    await saveAddress(buyer.page)
    const displayId = await payForOrder(buyer.page)
    const orderId = buyer.page.url().match(/\/order\/([^/]+)\/confirmed$/)![1]!
    const month = shanghaiMonth(new Date())
    await buyer.context.close()
    await settle(orderId)

    const { context, page } = await newShopper(browser)
    await page.goto(url("/portal/cooperative"))
    await page.getByLabel("电子邮箱").fill(CLERK.email)
    await page.getByLabel("密码").fill(CLERK.password)
    await page.getByRole("button", { name: "登录", exact: true }).click()
    await page.getByRole("heading", { name: "登记批次" }).waitFor()

    await page.getByRole("navigation", { name: "工作台栏目" }).getByRole("link", { name: "结算" }).click()
    await page.getByRole("heading", { name: "结算单", level: 1 }).waitFor()
    const number = (await page.getByTestId("statement-number").first().innerText()).trim()
    expect(number).not.toBe("")
    expect(await page.getByTestId("statement-status").first().innerText()).toBe("待结算")
    await snap(page, "01-statements")

    await page.getByRole("link", { name: `查看明细 ${number}` }).click()
    await page.waitForURL(/\/portal\/cooperative\/settlements\/[^/]+$/)
    const statementPath = new URL(page.url()).pathname
    await page.getByRole("heading", { level: 1 }).waitFor()
    expect(await page.getByTestId("statement-number").innerText()).toBe(number)
    // On a phone the lines are cards; the order's sale is one of them.
    const sale = page.getByTestId("statement-line").filter({ hasText: `#${displayId}` })
    await sale.first().waitFor()
    expect(await sale.first().innerText()).toContain("销售")
    await snap(page, "02-statement")

    const downloads = page.getByRole("navigation", { name: "下载结算单" })
    const csv = await download(page, downloads.getByRole("link", { name: "下载 CSV" }))
    expect(csv.name).toMatch(/\.csv$/)
    expect(csv.bytes.toString("utf8")).toContain(number)
    const pdf = await download(page, downloads.getByRole("link", { name: "下载 PDF" }))
    expect(pdf.name).toMatch(/\.pdf$/)
    expect(pdf.bytes.subarray(0, 4).toString("latin1")).toBe("%PDF")

    // The household income of the order's month, picked with the month field (the page opens on last month).
    await page.goto(url("/portal/cooperative/settlements"))
    await page.getByRole("link", { name: /农户收益与分红表/ }).click()
    await page.getByRole("heading", { name: "农户收益与分红表", level: 1 }).waitFor()
    await page.getByLabel("月份").fill(month)
    await page.getByRole("button", { name: "查看" }).click()
    await page.waitForURL(new RegExp(`[?&]period=${month}`))
    await page.getByTestId("income-total").waitFor()
    await snap(page, "03-households")
    const sheet = await download(page, page.getByRole("link", { name: "下载分红表 (PDF)" }))
    expect(sheet.name).toMatch(/\.pdf$/)
    expect(sheet.bytes.subarray(0, 4).toString("latin1")).toBe("%PDF")

    // The same pages in English.
    await page.goto(url("/en/portal/cooperative/settlements"))
    await page.getByRole("heading", { name: "Settlement statements", level: 1 }).waitFor()
    await snap(page, "04-statements-en")
    await page.goto(url(`/en${statementPath}`))
    await page.getByRole("link", { name: "Download CSV" }).waitFor()
    await snap(page, "05-statement-en")
    await page.goto(url(`/en/portal/cooperative/settlements/households?period=${month}`))
    await page.getByRole("link", { name: "Download dividend sheet (PDF)" }).waitFor()
    await snap(page, "06-households-en")

    // A statement that is not the cooperative's: the page says so and the download gets the backend's refusal.
    await page.goto(url("/portal/cooperative/settlements/sst_not_ours"))
    await page.getByText("没有这张结算单，或它不属于你。").waitFor()
    const refused = await page.request.get(url("/api/cooperative/settlements/sst_not_ours/statement?format=csv"))
    expect(refused.status()).toBeGreaterThanOrEqual(400)
    expect(refused.status()).toBeLessThan(500)
    await context.close()

    // The host's console has its own 结算: commission statements (none for this order, which no session sold).
    const host = await newShopper(browser)
    await host.page.goto(url("/portal/host"))
    await host.page.getByLabel("电子邮箱").fill(HOST.email)
    await host.page.getByLabel("密码").fill(HOST.password)
    await host.page.getByRole("button", { name: "登录", exact: true }).click()
    await host.page.getByRole("heading", { name: "安排一场直播" }).waitFor()
    await host.page.getByRole("navigation", { name: "工作台栏目" }).getByRole("link", { name: "结算" }).click()
    await host.page.getByRole("heading", { name: "佣金结算单", level: 1 }).waitFor()
    await snap(host.page, "07-host-statements")
    await host.context.close()
  })
})
