// The officials' acceptance journey: a guest buys 昌盛小米 (Yuanda co-op, 青冈县 231223) and is told how much of it
// reached households; the county official signs in, finds that order in the county's totals, channel split and
// cooperative table, and downloads the XLSX through the storefront (the token stays in an httpOnly cookie).
// Set OFFICIAL_SCREENSHOTS=<dir> to keep screenshots of the pages.
import { readFile } from "node:fs/promises"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { E2E_DEMO_PASSWORD } from "./demo-password"
import { addToCart, fillAddress, newShopper, openProduct, payForOrder, saveAddress, url } from "./shop"

const COUNTY_OFFICIAL = { email: "qinggang@demo.fengshou.local", password: E2E_DEMO_PASSWORD }
const PROVINCE_OFFICIAL = { email: "heilongjiang@demo.fengshou.local", password: E2E_DEMO_PASSWORD }
const MILLET_FEN = 3990

async function snap(page: Page, name: string) {
  const dir = process.env.OFFICIAL_SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}

/** "¥1,234.50" → 123450; "1,234" → 1234. */
const fen = (text: string | null) => Number((text ?? "").replace(/[¥,.\s]/g, ""))
const count = (text: string | null) => Number((text ?? "").replace(/[,\s]/g, ""))

async function countyTotals(page: Page) {
  await page.goto(url("/portal/official"))
  await page.getByTestId("official-totals").waitFor()
  return {
    orders: count(await page.getByTestId("total-orders").textContent()),
    sales: fen(await page.getByTestId("total-sales").textContent()),
    income: fen(await page.getByTestId("total-householdIncome").textContent()),
  }
}

describe("a county official", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("finds a guest's just-placed order in the county total and downloads the XLSX", { timeout: 180_000 }, async () => {
    const official = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" })
    const desk = await official.newPage()
    await desk.goto(url("/portal/official"))
    await desk.getByLabel("电子邮箱").fill(COUNTY_OFFICIAL.email)
    await desk.getByLabel("密码").fill("wrong-password")
    await desk.getByRole("button", { name: "登录", exact: true }).click()
    await desk.getByText("邮箱或密码错误。").waitFor()
    await desk.getByLabel("密码").fill(COUNTY_OFFICIAL.password)
    await desk.getByRole("button", { name: "登录", exact: true }).click()
    await desk.getByTestId("official-totals").waitFor()
    expect((await official.cookies()).find((c) => c.name === "fs_official")).toMatchObject({
      httpOnly: true,
      sameSite: "Lax",
    })
    expect(await desk.getByText("您的辖区：黑龙江省 绥化市 青冈县").isVisible()).toBe(true)
    const before = await countyTotals(desk)

    // The guest: the product page says what of the price reaches households, the confirmation what of the order did.
    const { context, page } = await newShopper(browser)
    await openProduct(page, "changsheng-millet")
    await page.getByTestId("price-share").waitFor()
    const promised = /售价 ¥39\.90 中，(¥[\d.,]+)（\d+%）进入/.exec(
      (await page.getByTestId("price-share").textContent()) ?? "",
    )
    expect(promised).not.toBeNull()
    await snap(page, "01-product")
    await addToCart(page, 1)
    await page.goto(url("/checkout"))
    await fillAddress(page, { phone: "13800138001" })
    await saveAddress(page)
    await payForOrder(page)
    const impact = page.getByTestId("order-impact")
    await impact.waitFor()
    // The page waits ~3 s for the ledger writer (order.placed) before saying it is still recording; on a loaded
    // machine the writer can take longer, and a shopper would reload, as this does (up to 30 s).
    for (let deadline = Date.now() + 30_000; /正在记录/.test((await impact.textContent()) ?? "");) {
      expect(Date.now(), "the relief ledger still records the order after 30 s").toBeLessThan(deadline)
      await page.waitForTimeout(1_000)
      await page.reload()
      await impact.waitFor()
    }
    const reached = /订单商品金额 ¥39\.90 中，(¥[\d.,]+)（\d+%）进入 \d+ 户脱贫户、监测户的收入/.exec(
      (await impact.textContent()) ?? "",
    )
    // What the product page promised is what the ledger wrote for the order.
    expect(reached?.[1]).toBe(promised![1])
    await snap(page, "02-confirmation")
    await context.close()

    // The ledger is written from order.placed; the county total counts the order at once.
    const after = await countyTotals(desk)
    expect(after).toEqual({
      orders: before.orders + 1,
      sales: before.sales + MILLET_FEN,
      income: before.income + fen(reached![1]!),
    })
    expect(await desk.getByTestId("chart-channel").getByRole("rowheader", { name: "线上商城" }).isVisible()).toBe(true)
    expect(
      await desk
        .getByTestId("official-cooperatives")
        .getByRole("rowheader", { name: "远达农业种植专业合作社" })
        .isVisible(),
    ).toBe(true)
    await snap(desk, "03-dashboard")

    // The XLSX comes through the storefront's route, with the official's token forwarded from the cookie.
    const [download] = await Promise.all([
      desk.waitForEvent("download"),
      desk.getByRole("button", { name: "下载 XLSX" }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const file = await readFile((await download.path())!)
    expect(file.subarray(0, 2).toString("latin1")).toBe("PK")
    expect(file.includes(Buffer.from("xl/worksheets/"))).toBe(true)

    await desk.goto(url("/en/portal/official"))
    await desk.getByRole("heading", { name: "Relief dashboard" }).waitFor()
    expect(count(await desk.getByTestId("total-orders").textContent())).toBe(after.orders)
    await snap(desk, "04-dashboard-en")

    // Outside the scope is not reachable: a region of 文登区 shows the backend's refusal, and the export refuses it.
    await desk.goto(url("/portal/official?region=371003"))
    await desk.getByText("该地区不在您的辖区内，无法查看其报表。").waitFor()
    const refused = await desk.request.get(
      url("/api/official/export?format=csv&group_by=region&from=2020-01-01&to=2030-12-31&region=371003"),
    )
    expect(refused.status()).toBe(403)

    await desk.getByRole("button", { name: "退出登录" }).click()
    await desk.getByRole("heading", { name: "帮扶干部登录" }).waitFor()
    expect((await official.cookies()).find((c) => c.name === "fs_official")).toBeUndefined()
    await official.close()
  })

  it("as a province official, narrows the report to one county through the cascade", { timeout: 60_000 }, async () => {
    const official = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" })
    const desk = await official.newPage()
    await desk.goto(url("/portal/official"))
    await desk.getByLabel("电子邮箱").fill(PROVINCE_OFFICIAL.email)
    await desk.getByLabel("密码").fill(PROVINCE_OFFICIAL.password)
    await desk.getByRole("button", { name: "登录", exact: true }).click()
    await desk.getByTestId("official-totals").waitFor()
    const province = count(await desk.getByTestId("total-orders").textContent())

    await choose(desk, "市（州）", "绥化市")
    await choose(desk, "县（区、市）", "青冈县")
    await desk.getByRole("button", { name: "更新报表" }).click()
    await desk.waitForURL(/region=231223/)
    await desk.getByTestId("official-totals").waitFor()
    expect(await desk.getByTestId("official-period").textContent()).toContain("青冈县")
    // A county is part of its province: the millet order counts in both, never more in the county.
    expect(count(await desk.getByTestId("total-orders").textContent())).toBeLessThanOrEqual(province)
    expect(count(await desk.getByTestId("total-orders").textContent())).toBeGreaterThan(0)
    await snap(desk, "05-province-narrowed")
    await official.close()
  })
})

/** Selects an option once the cascade has loaded it from /api/divisions. */
async function choose(page: Page, label: string, option: string) {
  const select = page.getByLabel(label, { exact: true })
  await select.locator("option", { hasText: option }).waitFor({ state: "attached" })
  await select.selectOption({ label: option })
}
