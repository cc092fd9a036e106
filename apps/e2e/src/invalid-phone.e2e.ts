import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { addToCart, cookie, fillAddress, newShopper, openProduct, storeApi, url } from "./shop"

type Cart = {
  cart: {
    completed_at: string | null
    shipping_address: { phone: string | null; address_1: string | null } | null
    shipping_methods: unknown[]
  }
}

describe("a wrong mobile number", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("is shown inline in the shopper's language and nothing reaches the backend", { timeout: 120_000 }, async () => {
    const { context, page } = await newShopper(browser)
    await openProduct(page, "black-fungus")
    await addToCart(page)
    await page.goto(url("/checkout"))
    await fillAddress(page, { phone: "123 4567 890" })
    await page.getByRole("button", { name: "保存并继续" }).click()

    const phone = page.getByLabel("手机号码")
    await page.getByText("请输入正确的 11 位手机号码").waitFor()
    expect(await phone.getAttribute("aria-invalid")).toBe("true")
    const describedBy = (await phone.getAttribute("aria-describedby"))?.split(" ") ?? []
    const errorText = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()))
    expect(errorText.join(" ")).toContain("请输入正确的 11 位手机号码")
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("phone")
    expect(await page.getByRole("button", { name: /提交订单并支付/ }).count()).toBe(0)

    // No order: the cart is still open, and not even the address was sent.
    const cartId = await cookie(context, "fs_cart")
    const { cart } = await storeApi<Cart>(
      `/store/carts/${cartId}?fields=completed_at,shipping_address.*,shipping_methods.id`,
    )
    expect(cart.completed_at).toBeNull()
    // Medusa gives a new cart an empty address in the region's country; nothing of ours is in it.
    expect(cart.shipping_address?.phone ?? null).toBeNull()
    expect(cart.shipping_address?.address_1 ?? null).toBeNull()
    expect(cart.shipping_methods).toEqual([])
    await context.close()
  })
})
