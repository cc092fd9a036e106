import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { newShopper, url } from "./shop"

/** On a phone the facets wait in a closed 筛选 disclosure, so the results come first; opens it. */
async function openFilters(page: Page) {
  const panel = page.locator("details.search-facets")
  await panel.waitFor({ state: "attached" })
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click()
}

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
    // While the answer for "ydj" is read, the list still shows the one for "yd" (its mark is 羊肚): wait for the last.
    await expect.poll(() => option.locator("mark").first().textContent(), { timeout: 10_000 }).toBe("羊肚菌")
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
    await openFilters(page)
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
    await openFilters(page)
    const chosen = page.getByRole("navigation", { name: "筛选" }).getByRole("link", { name: /菌菇/ })
    await expect(chosen.getAttribute("aria-current")).resolves.toBe("true")
    await context.close()
  })

  it("reads the homophone typo 羊度菌 as 羊肚菌: says so, lists the morels first on a phone, keeps the query in the box", async () => {
    const { context, page } = await newShopper(browser)
    await page.goto(url("/"))
    const box = page.getByRole("combobox", { name: "搜索商品" })
    await box.fill("羊度菌")
    await box.press("Enter")
    await page.waitForURL(/\/search\?q=/)
    const suggestion = page.locator(".search-suggest").getByRole("link", { name: "羊肚菌", exact: true })
    await suggestion.waitFor()
    await expect(page.locator(".search-suggest").innerText()).resolves.toContain("你是不是要找")
    const results = page.getByRole("list", { name: "搜索结果" })
    await results
      .getByRole("heading", { name: /羊肚菌/ })
      .first()
      .waitFor()
    await expect(box.inputValue()).resolves.toBe("羊度菌")
    // A 390 px phone: the facets are folded away and the first result starts within the first screen.
    await expect(page.locator("details.search-facets").getAttribute("open")).resolves.toBeNull()
    const first = await results.getByRole("listitem").first().boundingBox()
    expect(first!.y).toBeLessThan(844 - 120)

    await suggestion.click()
    await page.waitForURL(new RegExp(`q=${encodeURIComponent("羊肚菌")}`))
    await expect.poll(() => box.inputValue()).toBe("羊肚菌")
    await expect(page.locator(".search-suggest").count()).resolves.toBe(0)
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
