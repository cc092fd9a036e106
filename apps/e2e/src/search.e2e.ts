import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { newShopper, url } from "./shop"

describe("product search", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("suggests 羊肚菌 while typing its initials ydj, and opens it", async () => {
    const { context, page } = await newShopper(browser)
    await page.goto(url("/"))
    const box = page.getByRole("combobox", { name: "搜索商品" })
    await box.pressSequentially("ydj", { delay: 80 })
    const option = page.getByRole("option", { name: /羊肚菌/ }).first()
    await option.waitFor({ timeout: 15_000 })
    await expect(option.locator("mark").first().textContent()).resolves.toBe("羊肚菌")
    await box.press("ArrowDown")
    await box.press("Enter")
    await page.waitForURL(/\/products\/(fresh|dried)-morels$/)
    await context.close()
  })

  it("narrows the results to the 菌菇 facet, and the URL keeps it", async () => {
    const { context, page } = await newShopper(browser)
    await page.goto(url("/search"))
    const results = page.getByRole("list", { name: "搜索结果" }).getByRole("listitem")
    await results.first().waitFor()
    const before = await results.count()
    const facet = page.getByRole("navigation", { name: "筛选" }).getByRole("link", { name: /菌菇/ })
    // The demo's three mushroom products, and any a journey run earlier on this stack listed (the onboarding one does):
    // the facet's own count is what the filtered page must show.
    const mushrooms = Number((await facet.innerText()).match(/\d+/)?.[0])
    expect(mushrooms).toBeGreaterThanOrEqual(3)
    await facet.click()
    await page.waitForURL(/[?&]category=mushrooms/)
    await expect(page.getByRole("status").textContent()).resolves.toContain(`共 ${mushrooms} 件商品`)
    const after = await results.count()
    expect(after).toBe(mushrooms)
    expect(after).toBeLessThan(before)

    await page.reload()
    await expect(results.count()).resolves.toBe(mushrooms)
    const chosen = page.getByRole("navigation", { name: "筛选" }).getByRole("link", { name: /菌菇/ })
    await expect(chosen.getAttribute("aria-current")).resolves.toBe("true")
    await context.close()
  })

  it("answers in English under /en/search, with the typed word marked, and helps when nothing matches", async () => {
    const { context, page } = await newShopper(browser)
    await page.goto(url("/en/search?q=morel"))
    const results = page.getByRole("list", { name: "Results" })
    await expect(results.getByRole("heading", { name: "Fresh Morels" }).locator("mark").textContent()).resolves.toBe(
      "Morel",
    )
    await page.goto(url("/en/search?q=zzqqxx"))
    await page.getByText("Nothing matches “zzqqxx” exactly.").waitFor()
    await page.getByRole("link", { name: "Browse all products" }).waitFor()
    await context.close()
  })
})
