import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import {
  addToCart,
  cookie,
  fillAddress,
  newShopper,
  openProduct,
  payForOrder,
  saveAddress,
  storeApi,
  url,
} from "./shop"

type Orders = { orders: { id: string; display_id: number }[] }
type Order = { order: { customer_id: string; shipping_methods: { name: string }[] } }

describe("a registered shopper", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it(
    "registers, buys ambient and cold-chain goods signed in, and finds the order in the account",
    { timeout: 150_000 },
    async () => {
      const { context, page } = await newShopper(browser)
      const email = `shopper-${Date.now()}@example.cn`
      await page.goto(url("/account"))
      const register = page.getByRole("region", { name: "注册新账户" })
      await register.getByLabel("姓名").fill("李四")
      await register.getByLabel("电子邮箱").fill(email)
      await register.getByLabel("密码").fill("correct-horse-42")
      await register.getByRole("button", { name: "注册并登录" }).click()
      await page.getByText("你好，李四").waitFor()
      expect(await cookie(context, "fs_customer")).toBeTruthy()

      // Honey ships by 快递 (default profile), fresh morels by 冷链: one shipping method per profile.
      await openProduct(page, "linden-honey")
      await addToCart(page)
      await openProduct(page, "fresh-morels")
      await addToCart(page)
      await page.getByRole("dialog").getByRole("link", { name: "去结算" }).click()
      await page.waitForURL(/\/checkout$/)
      await page.getByText(`已登录：${email}`).waitFor()
      await fillAddress(page, { name: "李四", phone: "139 1234 5678" })
      await saveAddress(page)
      // One choice per shipping profile: 常温 and 冷链.
      expect(await page.getByRole("group", { name: "常温商品" }).isVisible()).toBe(true)
      expect(await page.getByRole("group", { name: "冷链商品（鲜品）" }).isVisible()).toBe(true)
      const displayId = await payForOrder(page)

      await page.getByRole("link", { name: "查看我的订单" }).click()
      await page.waitForURL(/\/account$/)
      const orderLink = page.getByRole("link", { name: `查看订单 #${displayId}` })
      await orderLink.click()
      await page.waitForURL(/\/account\/orders\/order_/)
      // The order's after-sale page: its number in the heading, awaiting shipment.
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(`#${displayId}`)
      expect(await page.getByTestId("order-status").textContent()).toBe("待发货")
      await page
        .getByText(/鲜羊肚菌/)
        .first()
        .waitFor()

      // The backend agrees: the order belongs to this customer and has a 快递 and a 冷链 method.
      const token = await cookie(context, "fs_customer")
      const { orders } = await storeApi<Orders>("/store/orders?fields=id,display_id", token)
      const listed = orders.find((o) => String(o.display_id) === displayId)
      expect(listed).toBeDefined()
      const { order } = await storeApi<Order>(
        `/store/orders/${listed!.id}?fields=customer_id,shipping_methods.name`,
        token,
      )
      const { customer } = await storeApi<{ customer: { id: string } }>("/store/customers/me?fields=id", token)
      expect(order.customer_id).toBe(customer.id)
      expect(order.shipping_methods.map((m) => m.name).sort()).toEqual(["冷链", "快递"])
      await context.close()
    },
  )
})
