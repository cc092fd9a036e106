import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"

describe("storefront smoke", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("shows 昌盛小米 on the home page and opens its product page", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "zh-CN" })
    const response = await page.goto(inject("storefrontUrl"))
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN")

    const link = page.getByRole("link", { name: /昌盛小米/ }).first()
    await link.waitFor()
    await link.click()
    await page.waitForURL(/\/products\/changsheng-millet$/)
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("昌盛小米")
    // Prices come from the backend's region price list, tax-inclusive, in yuan.
    await expect(page.getByText("¥39.90").first().isVisible()).resolves.toBe(true)
    await page.close()
  })
})
