// After the sale (#14): a guest buys, the cooperative's clerk ships in the portal, the guest (in another browser,
// without an account) finds the order by number and mobile, follows the parcel and asks to return one unit; the
// clerk receives and refunds it in the portal's returns inbox, and the guest's page says 已退款.
// Set AFTER_SALE_SCREENSHOTS=<dir> to keep the shopper's pages at 390 px and 1280 px, in Chinese and English.
import type { Browser, BrowserContext, Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { E2E_DEMO_PASSWORD } from "./demo-password"
import { addToCart, fillAddress, newShopper, openProduct, payForOrder, saveAddress, url } from "./shop"

const CLERK = { email: "yuanda@demo.fengshou.local", password: E2E_DEMO_PASSWORD }
const PHONE = "13912345678"

async function snap(page: Page, name: string) {
  const dir = process.env.AFTER_SALE_SCREENSHOTS
  if (!dir) return
  await page.screenshot({ path: `${dir}/${name}-390.png`, fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: `${dir}/${name}-1280.png`, fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
}

const status = (page: Page) => page.getByTestId("order-status").innerText()

async function signInClerk(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const clerk = await newShopper(browser)
  await clerk.page.goto(url("/portal/cooperative"))
  await clerk.page.getByLabel("电子邮箱").fill(CLERK.email)
  await clerk.page.getByLabel("密码").fill(CLERK.password)
  await clerk.page.getByRole("button", { name: "登录", exact: true }).click()
  await clerk.page.getByRole("heading", { name: "登记批次" }).waitFor()
  return clerk
}

/** The portal card (orders or returns inbox) whose heading names this order. */
function card(page: Page, heading: RegExp): Locator {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: heading }) })
}

describe("after the sale", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it(
    "a guest follows the parcel by order number and mobile, returns one unit and sees it refunded",
    { timeout: 240_000 },
    async () => {
      // A guest buys two bags of millet; the confirmation leads to the order's own page, not to the sign-in.
      const buyer = await newShopper(browser)
      await openProduct(buyer.page, "changsheng-millet")
      await addToCart(buyer.page, 2)
      await buyer.page.goto(url("/checkout"))
      await fillAddress(buyer.page, { phone: PHONE })
      await saveAddress(buyer.page)
      const displayId = await payForOrder(buyer.page)
      const orderId = buyer.page.url().match(/\/order\/([^/]+)\/confirmed$/)![1]!
      await buyer.page.getByRole("link", { name: "查看订单" }).click()
      await buyer.page.waitForURL(new RegExp(`/order/${orderId}$`))
      expect(await status(buyer.page)).toBe("待发货")
      await buyer.page.getByRole("button", { name: "取消订单" }).waitFor()
      const token = (await buyer.context.cookies()).find((c) => c.name === `fs_order_${orderId}`)
      expect(token).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" })
      await snap(buyer.page, "01-awaiting-shipment")
      await buyer.context.close()

      // The clerk ships both with 顺丰 in the portal.
      const clerk = await signInClerk(browser)
      await clerk.page.goto(url(`/portal/cooperative/orders?status=all&q=${displayId}`))
      const order = card(clerk.page, new RegExp(`^订单 #${displayId}\\b`))
      await order.getByLabel("快递公司").selectOption({ label: "顺丰速运" })
      await order.getByLabel("运单号").fill("SF1403928475610")
      await order.getByRole("button", { name: "标记为已发货" }).click()
      await order.getByText("SF1403928475610").first().waitFor()

      // In a fresh browser, from the sign-in page: a wrong mobile finds nothing, a bad one is refused at the field.
      const guest = await newShopper(browser)
      const page = guest.page
      await page.goto(url("/account"))
      await page.getByRole("link", { name: "查询订单（无需登录）" }).click()
      await page.waitForURL(/\/order\/lookup$/)
      await page.getByLabel("订单号", { exact: true }).fill(displayId)
      await page.getByLabel("收货手机号").fill("12345")
      await page.getByRole("button", { name: "查询订单" }).click()
      await page.getByText("请填写订单的 11 位收货手机号。").waitFor()
      await page.getByLabel("收货手机号").fill("13800000000")
      await page.getByRole("button", { name: "查询订单" }).click()
      await page.getByText("没有找到这个订单：请核对订单号和手机号。").waitFor()
      await snap(page, "02-lookup-not-found")
      await page.getByLabel("收货手机号").fill("+86 139-1234-5678")
      await page.getByRole("button", { name: "查询订单" }).click()
      await page.waitForURL(new RegExp(`/order/${orderId}$`))
      expect(await status(page)).toBe("已发货")
      expect(await page.getByTestId("shipment-carrier").innerText()).toBe("顺丰速运")
      expect(await page.getByTestId("tracking-number").innerText()).toBe("SF1403928475610")
      expect(await page.getByRole("button", { name: "取消订单" }).count()).toBe(0)
      await snap(page, "03-shipped")

      // One of the two goes back for a quality problem; asking for three is refused beside the field.
      await page.getByLabel("退货数量").fill("3")
      await page.getByLabel("退货原因").selectOption({ label: "质量问题" })
      await page.getByRole("button", { name: "提交申请" }).click()
      await page.getByText("超过了可退的件数。").waitFor()
      await page.getByLabel("退货数量").fill("1")
      await page.getByLabel("补充说明（选填）").fill("袋子里有虫")
      await page.getByRole("button", { name: "提交申请" }).click()
      await page.getByTestId("return-status").waitFor()
      await expect.poll(() => status(page)).toBe("退款中")
      expect(await page.getByTestId("return-status").innerText()).toBe("已申请，等待合作社收货")
      await snap(page, "04-return-requested")

      // The clerk receives the bag, then refunds the amount the inbox proposes (the unit's share of the payment).
      await clerk.page.goto(url("/portal/cooperative/returns"))
      const requested = card(clerk.page, new RegExp(`^订单 #${displayId} 的退货`))
      await requested.getByText("袋子里有虫").waitFor()
      await requested.getByRole("button", { name: "确认收货" }).click()
      // The card stays in view after it leaves the 待收货 tab, with the refund next.
      await requested.getByRole("button", { name: "确认退款" }).click()
      const outcome = requested.getByText(/已退款 ¥|服务器未接受/).first()
      await outcome.waitFor()
      if (!/已退款 ¥/.test(await outcome.innerText()))
        throw new Error(`the refund was refused: ${await requested.innerText()}`)
      await clerk.context.close()

      await page.reload()
      expect(await status(page)).toBe("已退款")
      expect(await page.getByTestId("return-status").innerText()).toBe("已退款")
      expect(await page.getByTestId("return-refunded").innerText()).toMatch(/^¥\d+\.\d\d$/)
      await snap(page, "05-refunded")
      await page.goto(url(`/en/order/${orderId}`))
      expect(await status(page)).toBe("Refunded")
      expect(await page.getByTestId("shipment-carrier").innerText()).toBe("SF Express")
      await snap(page, "06-refunded-en")
      await guest.context.close()
    },
  )
})
