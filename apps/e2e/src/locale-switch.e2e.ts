import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { addToCart, cookie, newShopper, openProduct, url } from "./shop"

describe("switching language", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it(
    "keeps the cart from Chinese to English and back, with titles in the language shown",
    { timeout: 120_000 },
    async () => {
      const { context, page } = await newShopper(browser)
      await openProduct(page, "linden-honey")
      await addToCart(page, 3)
      await page.getByRole("button", { name: "关闭购物车" }).click()
      const cartId = await cookie(context, "fs_cart")

      await page.getByRole("link", { name: /English/ }).click()
      await page.waitForURL(url("/en/products/linden-honey"))
      expect(await page.getAttribute("html", "lang")).toBe("en")
      const cartButton = page.getByRole("button", { name: "Cart, 3 items" })
      await cartButton.click()
      const drawer = page.getByRole("dialog", { name: "Cart" })
      await drawer.getByRole("link", { name: "Linden Honey" }).waitFor()
      expect(await drawer.getByTestId("cart-total").textContent()).toBe("¥174.00")
      await drawer.getByRole("button", { name: "Close cart" }).click()

      await page.getByRole("link", { name: /中文/ }).click()
      await page.waitForURL(url("/products/linden-honey"))
      expect(await page.getAttribute("html", "lang")).toBe("zh-CN")
      await page.getByRole("button", { name: "购物车，3 件商品" }).click()
      await page.getByRole("dialog", { name: "购物车" }).getByRole("link", { name: "椴树蜂蜜" }).waitFor()
      expect(await cookie(context, "fs_cart")).toBe(cartId)
      await context.close()
    },
  )
})
