// Steps the shopper journeys share, written the way a person uses the shop: by visible labels and roles.
import type { Browser, BrowserContext, Page } from "playwright-core"
import { inject } from "vitest"
import { E2E_DEMO_PASSWORD } from "./demo-password"

export const MOBILE = { viewport: { width: 390, height: 844 }, locale: "zh-CN" }

export async function newShopper(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(MOBILE)
  const page = await context.newPage()
  return { context, page }
}

export const url = (path = "/") => `${inject("storefrontUrl")}${path}`

/** On a product page: picks the quantity with the + button, adds to cart and waits for the cart drawer. */
export async function addToCart(page: Page, quantity = 1) {
  const add = page.getByRole("button", { name: "加入购物车" })
  await add.waitFor()
  for (let n = 1; n < quantity; n++) await page.getByRole("button", { name: "增加数量" }).click()
  await add.click()
  await page.getByRole("dialog", { name: "购物车" }).waitFor()
}

export async function openProduct(page: Page, handle: string) {
  await page.goto(url(`/products/${handle}`))
  // Stock arrives from the browser's own request; adding waits for it so "sold out" would be known.
  await page.getByText(/有货/).first().waitFor()
}

export type AddressInput = { name?: string; phone: string; street?: string }

/** Fills the checkout address with a real place: 黑龙江省 → 绥化市 → 青冈县 (the millet co-op's county). */
export async function fillAddress(page: Page, { name = "张三", phone, street = "昌盛镇兴东村 8 号" }: AddressInput) {
  await page.getByLabel("收货人").fill(name)
  await page.getByLabel("手机号码").fill(phone)
  await choose(page, "省份", "黑龙江省")
  await choose(page, "城市", "绥化市")
  await choose(page, "区县", "青冈县")
  await page.getByLabel("详细地址").fill(street)
}

/** Selects an option once the cascade has loaded it from /api/divisions. */
async function choose(page: Page, label: string, option: string) {
  const select = page.getByLabel(label, { exact: true })
  await select.locator("option", { hasText: option }).waitFor({ state: "attached" })
  await select.selectOption({ label: option })
}

export async function saveAddress(page: Page) {
  await page.getByRole("button", { name: "保存并继续" }).click()
  await page.getByRole("button", { name: "确认配送方式" }).waitFor()
}

/** With the address saved: confirm the preselected delivery options → pay with the system provider → confirmation. */
export async function payForOrder(page: Page): Promise<string> {
  await page.getByRole("button", { name: "确认配送方式" }).click()
  const pay = page.getByRole("button", { name: /提交订单并支付/ })
  await pay.waitFor()
  await pay.click()
  await page.waitForURL(/\/order\/[^/]+\/confirmed$/)
  return (await page.getByTestId("order-number").textContent())?.trim() ?? ""
}

/** The httpOnly cookies the storefront keeps (readable here, never by the page's scripts). */
export async function cookie(context: BrowserContext, name: "fs_cart" | "fs_customer"): Promise<string | null> {
  return (await context.cookies()).find((c) => c.name === name)?.value ?? null
}

/** GET on the backend's store API, as the storefront calls it (publishable key, optional customer token). */
export async function storeApi<T>(path: string, token?: string | null): Promise<T> {
  const headers: Record<string, string> = { "x-publishable-api-key": inject("publishableKey") }
  if (token) headers.authorization = `Bearer ${token}`
  const response = await fetch(`${inject("backendUrl")}${path}`, { headers })
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

/** A demo cooperative clerk's bearer token, as an integration signs in to the cooperative API. */
export async function clerkToken(email = "yuanda@demo.fengshou.local"): Promise<string> {
  const response = await fetch(`${inject("backendUrl")}/auth/cooperative/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: E2E_DEMO_PASSWORD }),
  })
  if (!response.ok) throw new Error(`${email}'s sign-in answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/** GET (no body) or POST (a JSON body) on the cooperative API with a clerk's token; throws on anything but 2xx. */
export async function cooperativeApi<T>(token: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${inject("backendUrl")}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}
