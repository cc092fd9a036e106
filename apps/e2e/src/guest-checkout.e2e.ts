import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { addToCart, cookie, fillAddress, newShopper, payForOrder, saveAddress, storeApi, url } from "./shop"

type Order = {
  display_id: number
  total: number
  items: { product_handle: string; quantity: number }[]
  shipping_address: {
    phone: string
    province: string
    city: string
    address_2: string
    metadata: { division_code: string }
  }
}

describe("a guest buys millet", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it(
    "goes home → category → product, adds 2, checks out with a Chinese address and sees the order number",
    { timeout: 120_000 },
    async () => {
      const { context, page } = await newShopper(browser)
      await page.goto(url("/"))
      await page.getByRole("link", { name: "粮油" }).first().click()
      await page.waitForURL(/\/categories\/grain-oil$/)
      await page
        .getByRole("link", { name: /昌盛小米/ })
        .first()
        .click()
      await page.waitForURL(/\/products\/changsheng-millet$/)
      await page.getByText(/有货/).first().waitFor()
      await addToCart(page, 2)
      expect(await page.getByTestId("cart-count").textContent()).toBe("2")

      await page.getByRole("dialog").getByRole("link", { name: "查看购物车" }).click()
      await page.waitForURL(/\/cart$/)
      const total = page.locator("main").getByTestId("cart-total")
      await total.waitFor()
      expect(await total.textContent()).toBe("¥79.80")
      const cartId = await cookie(context, "fs_cart")
      expect(cartId).toMatch(/^cart_/)

      await page.getByRole("link", { name: "去结算" }).click()
      await page.waitForURL(/\/checkout$/)
      await fillAddress(page, { phone: "+86 138-0013-8000" })
      await saveAddress(page)
      // The pay button charges the delivery too, once it is chosen: 2 × ¥39.90 plus ¥8 快递
      const displayId = await payForOrder(page, { total: "¥87.80" })
      expect(displayId).toMatch(/^\d+$/)
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("下单成功")
      // 2 × ¥39.90 plus ¥8 快递
      expect(await page.getByText("¥87.80").first().isVisible()).toBe(true)

      // The backend holds the order as the shopper entered it, mapped to Medusa's address fields.
      const orderId = page.url().match(/\/order\/([^/]+)\/confirmed$/)![1]!
      const { order } = await storeApi<{ order: Order }>(
        `/store/orders/${orderId}?fields=display_id,total,*items,shipping_address.*`,
      )
      expect(String(order.display_id)).toBe(displayId)
      expect(order.items.map((i) => [i.product_handle, i.quantity])).toEqual([["changsheng-millet", 2]])
      expect(order.total).toBe(87.8)
      expect(order.shipping_address).toMatchObject({
        phone: "13800138000",
        province: "黑龙江省",
        city: "绥化市",
        address_2: "青冈县",
        metadata: { division_code: "231223" },
      })
      // The cart became the order; the shopper starts a fresh one.
      expect(await cookie(context, "fs_cart")).toBeNull()
      expect(await page.getByTestId("cart-count").textContent()).toBe("0")
      await context.close()
    },
  )
})
