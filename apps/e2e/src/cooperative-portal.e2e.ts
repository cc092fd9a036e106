// The cooperative portal's acceptance journey: a co-op clerk on a phone signs in, records a harvest lot, adds the
// two households that supplied it, and the lot's public trace page counts them. Set PORTAL_SCREENSHOTS=<dir>
// to keep a 390×844 screenshot of each portal page.
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { E2E_DEMO_PASSWORD } from "./demo-password"
import { newShopper, url } from "./shop"

const CLERK = { email: "yuanda@demo.fengshou.local", password: E2E_DEMO_PASSWORD }

async function snap(page: Page, name: string) {
  const dir = process.env.PORTAL_SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}

async function addHousehold(page: Page, code: string, jin: string, yuanPerJin: string, expected: number) {
  await page.getByLabel("农户", { exact: true }).selectOption({ label: code })
  await page.getByLabel("供货数量").fill(jin)
  await page.getByLabel("收购价").fill(yuanPerJin)
  await page.getByRole("button", { name: "添加农户" }).click()
  await page.getByRole("heading", { name: `供货农户（${expected}）` }).waitFor()
}

describe("a cooperative clerk", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("records a lot with two households and its trace page counts them", { timeout: 120_000 }, async () => {
    const { context, page } = await newShopper(browser)
    await page.goto(url("/portal/cooperative"))
    await snap(page, "01-login")
    await page.getByLabel("电子邮箱").fill(CLERK.email)
    await page.getByLabel("密码").fill("wrong-password")
    await page.getByRole("button", { name: "登录", exact: true }).click()
    await page.getByText("邮箱或密码错误。").waitFor()
    await page.getByLabel("密码").fill(CLERK.password)
    await page.getByRole("button", { name: "登录", exact: true }).click()
    await page.getByRole("heading", { name: "登记批次" }).waitFor()
    const session = (await context.cookies()).find((c) => c.name === "fs_coop")
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" })
    await snap(page, "02-lots")

    // 300 斤 is 150,000 g; the form refuses what is not whole grams before anything is sent.
    await page.getByLabel("数量", { exact: true }).fill("0.001")
    await page.getByRole("button", { name: "登记批次" }).click()
    await page.getByText(/折合整克/).waitFor()
    await page.getByLabel("数量", { exact: true }).fill("300")
    await page.getByLabel("生产者").fill("远达农业种植专业合作社")
    await page.getByLabel("产地").fill("黑龙江省青冈县昌盛镇兴东村")
    await page.getByRole("button", { name: "登记批次" }).click()
    await page.waitForURL(/\/portal\/cooperative\/lots\/[^/]+$/)
    await page
      .getByRole("heading", { name: "添加供货农户" })
      .waitFor({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        await snap(page, "lot-failed")
        throw new Error(`lot page: ${(await page.locator("main").innerText()).slice(0, 800)}`, { cause: error })
      })
    await addHousehold(page, "XD-001", "100", "3.5", 1)
    await addHousehold(page, "XD-002", "80.5", "3.5", 2)
    await page.getByText("¥3.50/斤").first().waitFor()
    await snap(page, "03-lot")
    const code = (await page.getByTestId("trace-code").textContent())?.trim() ?? ""
    expect(code).toMatch(/^[0-9A-Z]{16}$/)
    expect(await page.getByRole("link", { name: "查看公开追溯页" }).getAttribute("href")).toBe(`/trace/${code}`)

    for (const [path, name] of [
      ["/portal/cooperative/households", "04-households"],
      ["/portal/cooperative/orders", "05-orders"],
      ["/portal/cooperative/returns", "05b-returns"],
      ["/portal/cooperative/products", "06-products"],
      ["/en/portal/cooperative", "07-lots-en"],
    ]) {
      await page.goto(url(path!))
      await page.getByRole("navigation", { name: /工作台栏目|Portal sections/ }).waitFor()
      await snap(page, name!)
    }

    // The after-sale pages open on the work waiting: orders to ship, returns to receive (the backend's answers parse).
    await page.goto(url("/portal/cooperative/orders"))
    await page.getByRole("heading", { name: "订单", level: 1 }).waitFor()
    expect(await page.getByRole("link", { name: "待发货" }).getAttribute("aria-current")).toBe("page")
    await page.getByRole("navigation", { name: "工作台栏目" }).getByRole("link", { name: "退货售后" }).click()
    await page.getByRole("heading", { name: "退货售后", level: 1 }).waitFor()
    expect(await page.getByRole("link", { name: "待收货" }).getAttribute("aria-current")).toBe("page")

    await page.goto(url(`/en/trace/${code}`))
    await page
      .getByText(/\b2 households\b/)
      .first()
      .waitFor()
    await snap(page, "08-trace-en")

    await page.goto(url("/portal/cooperative"))
    await page.getByRole("button", { name: "退出登录" }).click()
    await page.getByRole("heading", { name: "合作社员工登录" }).waitFor()
    expect((await context.cookies()).find((c) => c.name === "fs_coop")).toBeUndefined()
    await context.close()
  })
})
