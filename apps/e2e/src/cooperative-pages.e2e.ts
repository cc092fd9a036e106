import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { clerkToken, cooperativeApi, newShopper, url } from "./shop"

/** A trace code of one of 远达's demo lots, read the way the cooperative's staff would. */
async function demoTraceCode(): Promise<string> {
  const { lots } = await cooperativeApi<{ lots: { trace_code: string }[] }>(await clerkToken(), "/cooperative/lots")
  if (!lots[0]) throw new Error("the demo seed has no lots for 远达")
  return lots[0].trace_code
}

describe("cooperative pages", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("takes a shopper from a product's provenance card to its cooperative", async () => {
    const { context, page } = await newShopper(browser)
    await page.goto(url("/products/changsheng-millet"))
    const card = page.getByRole("region", { name: "产地与合作社" })
    await expect(card.getByText("兴东村").first().isVisible()).resolves.toBe(true)
    await expect(card.getByText(/帮扶 \d+ 户脱贫户\/监测户/).textContent()).resolves.toMatch(/[1-9]/)

    await card.getByRole("link", { name: /了解这家合作社/ }).click()
    await page.waitForURL(/\/cooperatives\/[a-z0-9-]+$/)
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("远达农业种植专业合作社")
    await expect(page.getByText("钱怎样到农户手里").isVisible()).resolves.toBe(true)
    await page
      .getByRole("link", { name: /昌盛小米/ })
      .first()
      .waitFor()
    await context.close()
  })

  it("lists the cooperatives from the header link, in English too", async () => {
    const { context, page } = await newShopper(browser)
    await page.goto(url("/en"))
    await page.getByRole("banner").getByRole("link", { name: "Cooperatives", exact: true }).click()
    await page.waitForURL(/\/en\/cooperatives$/)
    await expect(page.getByRole("link", { name: "Yuanda Planting Co-op" }).isVisible()).resolves.toBe(true)
    await context.close()
  })

  it("opens a lot's trace page with its household count and QR code, and a friendly 404 for a wrong code", async () => {
    const code = await demoTraceCode()
    const { context, page } = await newShopper(browser)
    const response = await page.goto(url(`/trace/${code}`))
    expect(response?.status()).toBe(200)
    await expect(page.getByText(/^\d+ 户农户供货$/).isVisible()).resolves.toBe(true)
    // The page is cached for everyone: the QR code is a picture drawn for this host, the address completed here.
    const qr = page.getByRole("img", { name: "本页二维码" })
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 5_000 })
      .toBe(true)
    await page.getByText(url(`/trace/${code}`), { exact: true }).waitFor({ timeout: 5_000 })
    await page.goto(url(`/en/trace/${code}`))
    await expect(page.getByText(/^\d+ households$/).isVisible()).resolves.toBe(true)
    await page.getByText(url(`/en/trace/${code}`), { exact: true }).waitFor({ timeout: 5_000 })

    const missing = await page.goto(url("/trace/0000000000000000"))
    expect(missing?.status()).toBe(404)
    await page.getByRole("heading", { name: "没有找到这个溯源码" }).waitFor({ timeout: 5_000 })
    // In English too: this page is rendered without request headers, so its locale must come from the path.
    const missingEn = await page.goto(url("/en/trace/0000000000000000"))
    expect(missingEn?.status()).toBe(404)
    await page.getByRole("heading", { name: "We could not find this trace code" }).waitFor({ timeout: 5_000 })
    await context.close()
  })
})
