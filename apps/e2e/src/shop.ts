// Steps the shopper journeys share, written the way a person uses the shop: by visible labels and roles.
import type { Browser, BrowserContext, Page } from "playwright-core"
import { inject } from "vitest"
import { MOBILE } from "./checkout-steps"
import { E2E_DEMO_PASSWORD } from "./demo-password"

export { MOBILE, fillAddress, payForOrder, saveAddress, type AddressInput } from "./checkout-steps"

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
