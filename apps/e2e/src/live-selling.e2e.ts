// Livestream selling, as the host and a shopper do it: the demo host signs in to the host console, plans a session,
// puts fresh morels on it at a live price with a cap and a per-shopper limit, goes live and makes a cart link (with
// its QR code). A shopper opens the link on their phone: the click holds the morels for them (库存预扣) with a
// countdown from 10 minutes, before any cart exists; going on puts them in the cart at the live price under the
// session's banner, still counting down, and they check out as a guest; the host's live panel, open all along, counts
// the order without a reload; a second shopper pays in one step from the held page (the express path). Set
// LIVE_SELLING_SCREENSHOTS=<dir> to keep screenshots of the held page, its one-step form, the held cart and the checkout
// the one step opens, at 390 px and 1280 px, in Chinese and English.
import type { Browser, Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { E2E_DEMO_PASSWORD } from "./demo-password"
import { cookie, fillAddress, MOBILE, newShopper, payForOrder, saveAddress, url } from "./shop"

const HOST = { email: "host@demo.fengshou.local", password: E2E_DEMO_PASSWORD, name: "王书记" }
const TITLE = "北马村羊肚菌田间直播"

async function screenshot(page: Page, name: string) {
  const dir = process.env.LIVE_SELLING_SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}

/** The countdown's ticking text (hidden from screen readers, which hear the live region at a few thresholds). */
const ticking = (hold: Locator) => hold.locator('[aria-hidden="true"]')

describe("livestream selling", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("a host sells morels through a cart link and watches the order arrive live", { timeout: 180_000 }, async () => {
    const { context: hostContext, page: host } = await newShopper(browser)
    await host.goto(url("/portal/host"))
    await host.getByLabel("电子邮箱").fill(HOST.email)
    await host.getByLabel("密码").fill(HOST.password)
    await host.getByRole("button", { name: "登录", exact: true }).click()
    await host.getByRole("heading", { name: "安排一场直播" }).waitFor()
    expect((await hostContext.cookies()).find((c) => c.name === "fs_host")).toMatchObject({
      httpOnly: true,
      sameSite: "Lax",
    })

    await host.getByLabel("直播标题").fill(TITLE)
    await host.getByLabel("直播平台").selectOption({ label: "抖音" })
    await host.getByRole("button", { name: "创建直播" }).click()
    await host.waitForURL(/\/portal\/host\/sessions\/[^/]+$/)
    const sessionId = host.url().split("/").pop()!

    // The picker lists every size with its shelf price; the live price is typed in yuan and sent in fen.
    const picker = host.getByLabel("商品及规格")
    await picker.selectOption((await picker.locator("option", { hasText: "鲜羊肚菌 · 500 g" }).getAttribute("value"))!)
    await host.getByText("货架价 ¥89.00").waitFor()
    await host.getByLabel("直播价（元）").fill("59")
    await host.getByLabel("本场限量（件）").fill("100")
    await host.getByLabel("每人限购（件）").fill("2")
    await host.getByRole("button", { name: "添加商品" }).click()
    await host.getByText("限量 100 件 · 每人限购 2 件 · 已售 0 · 剩余 100").waitFor()

    await host.getByRole("button", { name: "开始直播" }).click()
    await host.getByRole("button", { name: "结束直播" }).waitFor()
    await host.getByRole("button", { name: "生成链接" }).click()
    const link = host.getByTestId("cart-link").first()
    await link.waitFor()
    const linkUrl = await link.getByRole("textbox", { name: "链接地址" }).inputValue()
    expect(linkUrl).toMatch(new RegExp(`^${inject("storefrontUrl")}/l/[0-9A-Za-z]{6,}$`))
    const code = linkUrl.split("/l/")[1]!

    // The QR code, to show on air or print, in both formats; the console offers both as downloads.
    for (const [format, type] of [
      ["png", "image/png"],
      ["svg", "image/svg+xml"],
    ] as const) {
      const qr = await fetch(url(`/api/live-links/${code}/qr?format=${format}`))
      expect([qr.status, qr.headers.get("content-type")]).toEqual([200, type])
      expect(
        await link.getByRole("link", { name: `下载二维码（${format.toUpperCase()}）` }).getAttribute("download"),
      ).toBe(`fengshou-live-${code}.${format}`)
    }
    expect(await link.getByRole("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    )

    // The live panel is open before the order; a marker on the window shows it is never reloaded.
    await host.getByText("● 实时更新中").waitFor({ timeout: 15_000 })
    expect(await host.getByTestId("live-orders").textContent()).toBe("0")
    await host.evaluate(() => ((window as unknown as { panelMarker: string }).panelMarker = "same page"))

    const { context: shopperContext, page: shopper } = await newShopper(browser)
    await shopper.goto(url(`/l/${code}`))
    // The click only holds (库存预扣): the held page counts down from the default 10 minutes before any cart exists.
    await shopper.waitForURL(new RegExp(`/l/${code}/held$`))
    expect(await cookie(shopperContext, "fs_cart")).toBeNull()
    await shopper.getByRole("heading", { name: "抢到了！直播价为你保留中" }).waitFor()
    const heldLine = shopper.locator(".live-held__line").first()
    expect(await heldLine.locator(".live-held__each").innerText()).toBe("¥59.00 × 1 件")
    expect(await shopper.getByTestId("held-total").textContent()).toBe("¥59.00")
    const heldCountdown = ticking(heldLine.getByTestId("live-hold"))
    const heldAt = await heldCountdown.innerText()
    expect(heldAt).toMatch(/^直播价为你保留 (9:[0-5]\d|10:00)$/)
    await expect.poll(() => heldCountdown.innerText(), { timeout: 3_000, interval: 250 }).not.toBe(heldAt)
    await screenshot(shopper, "link-held-zh-390")
    if (process.env.LIVE_SELLING_SCREENSHOTS) {
      await shopper.goto(url(`/en/l/${code}/held`))
      await shopper.getByRole("heading", { name: "Got it! The live price is held for you" }).waitFor()
      await shopper
        .locator(".live-held__line")
        .first()
        .getByText(/^Live price held for you \d+:\d\d$/)
        .waitFor()
      await screenshot(shopper, "link-held-en-390")
      await shopper.setViewportSize({ width: 1280, height: 800 })
      await screenshot(shopper, "link-held-en-1280")
      await shopper.goto(url(`/l/${code}/held`))
      await shopper.getByTestId("held-total").waitFor()
      await screenshot(shopper, "link-held-zh-1280")
      await shopper.setViewportSize(MOBILE.viewport)
    }
    // Opening the link again holds nothing more: the same unit, the same countdown.
    await shopper.goto(url(`/l/${code}`))
    await shopper.waitForURL(new RegExp(`/l/${code}/held$`))
    expect(await shopper.getByTestId("held-total").textContent()).toBe("¥59.00")
    await shopper.getByRole("button", { name: "去结算" }).click()
    await shopper.waitForURL(/\/cart$/)
    const banner = shopper.getByRole("link", { name: `来自直播：${TITLE} · ${HOST.name}` })
    await banner.waitFor()
    expect(await banner.getAttribute("href")).toBe(`/live/${sessionId}`)
    const line = shopper.locator("main .cart-line").first()
    expect(await line.locator(".cart-line__total").innerText()).toMatch(/¥89\.00\s+¥59\.00/)
    // The unit price on the line is the live one the host announced, not the shelf price it comes off.
    expect(await line.locator(".cart-line__each").innerText()).toBe("单价 ¥59.00")
    expect(await shopper.locator("main").getByTestId("cart-total").textContent()).toBe("¥59.00")
    expect(await cookie(shopperContext, "fs_cart")).toMatch(/^cart_/)
    // The link opened once more now goes to the cart, which holds its unit: no second unit is kept from other viewers.
    await shopper.goto(url(`/l/${code}`))
    await shopper.waitForURL(/\/cart$/)
    expect(await shopper.locator("main").getByTestId("cart-total").textContent()).toBe("¥59.00")

    // The click held the unit for this cart (库存预扣): the line counts down from the default 10 minutes, and ticks.
    const hold = line.getByTestId("live-hold")
    const held = await ticking(hold).innerText()
    expect(held).toMatch(/^直播价为你保留 (9:[0-5]\d|10:00)$/)
    await expect.poll(() => ticking(hold).innerText(), { timeout: 3_000, interval: 250 }).not.toBe(held)
    // Screen readers hear the minutes left, and nothing from the live region until five minutes are left.
    expect(await hold.locator(".visually-hidden").first().textContent()).toMatch(/^直播价为你保留，还剩 (9|10) 分钟$/)
    expect(await hold.getByRole("status").textContent()).toBe("")
    await screenshot(shopper, "cart-hold-zh-390")
    if (process.env.LIVE_SELLING_SCREENSHOTS) {
      await shopper.goto(url("/en/cart"))
      await shopper
        .locator("main .cart-line")
        .first()
        .getByText(/^Live price held for you \d+:\d\d$/)
        .waitFor()
      await screenshot(shopper, "cart-hold-en-390")
      await shopper.goto(url("/cart"))
    }

    await shopper.getByRole("link", { name: "去结算" }).click()
    await shopper.waitForURL(/\/checkout$/)
    await shopper.getByRole("link", { name: `来自直播：${TITLE} · ${HOST.name}` }).waitFor()
    // The order summary keeps counting down the same hold while the shopper fills in the address.
    await ticking(shopper.locator(".checkout__summary").getByTestId("live-hold"))
      .filter({ hasText: /^直播价为你保留 \d:\d\d$/ })
      .waitFor()
    await fillAddress(shopper, { phone: "139 0000 1111" })
    await saveAddress(shopper)
    expect(await payForOrder(shopper)).toMatch(/^\d+$/)
    // ¥59 at the live price plus ¥25 冷链 for fresh morels.
    expect(await shopper.getByText("¥84.00").first().isVisible()).toBe(true)

    await host.getByTestId("live-orders").filter({ hasText: /^1$/ }).waitFor({ timeout: 15_000 })
    expect(await host.getByTestId("live-gmv").textContent()).toBe("¥59.00")
    expect(await host.getByText("剩余 99 / 100").count()).toBe(1)
    // The product's card and the panel read the same stream: the same units sold at the same moment, no reload.
    expect(await host.getByText("已售 1 件 · ¥59.00").count()).toBe(1)
    await host.getByText(/已售 1 · 剩余 99/).waitFor({ timeout: 5_000 })
    expect(await host.evaluate(() => (window as unknown as { panelMarker?: string }).panelMarker)).toBe("same page")

    // A second shopper goes the one-step way: the address on the held page, then only the payment (the express path:
    // cart, address, shipping and payment session in one backend request).
    const { context: fastContext, page: fast } = await newShopper(browser)
    await fast.goto(url(`/l/${code}`))
    await fast.waitForURL(new RegExp(`/l/${code}/held$`))
    const express = fast.locator(".live-express")
    await express.getByRole("heading", { name: "一步下单：填地址，直接付款" }).waitFor()
    await fillAddress(fast, { name: "李四", phone: "139 0000 2222" })
    await screenshot(fast, "link-express-zh-390")
    if (process.env.LIVE_SELLING_SCREENSHOTS) {
      await fast.setViewportSize({ width: 1280, height: 900 })
      await screenshot(fast, "link-express-zh-1280")
      await fast.goto(url(`/en/l/${code}/held`))
      await fast.getByRole("heading", { name: "One step: your address, then pay" }).waitFor()
      await screenshot(fast, "link-express-en-1280")
      await fast.setViewportSize(MOBILE.viewport)
      await screenshot(fast, "link-express-en-390")
      await fast.goto(url(`/l/${code}/held`))
      await fillAddress(fast, { name: "李四", phone: "139 0000 2222" })
    }
    // Nothing is sent until the form is whole: a guest gives an e-mail for the confirmation.
    await express.getByRole("button", { name: "去付款" }).click()
    await express.getByText("有 1 项需要修改，请查看标出的字段。").waitFor()
    expect(await express.getByText("请填写此项。").count()).toBe(1)
    expect(await cookie(fastContext, "fs_cart")).toBeNull()
    await express.getByLabel("电子邮箱").fill("fan2@example.cn")
    await express.getByRole("button", { name: "去付款" }).click()
    await fast.waitForURL(/\/checkout$/)
    // Address and delivery are done; the live line still counts down, and only the payment is asked.
    await fast.getByText(/李四 139\*{4}2222/).waitFor()
    await ticking(fast.locator(".checkout__summary").getByTestId("live-hold"))
      .filter({ hasText: /^直播价为你保留 \d:\d\d$/ })
      .waitFor()
    expect(await fast.getByRole("button", { name: "确认配送方式" }).count()).toBe(0)
    const pay = fast.getByRole("button", { name: "提交订单并支付 ¥84.00" })
    await pay.waitFor()
    await screenshot(fast, "checkout-express-zh-390")
    await pay.click()
    await fast.waitForURL(/\/order\/[^/]+\/confirmed$/)
    expect(await fast.getByTestId("order-number").textContent()).toMatch(/\d+/)
    await host.getByTestId("live-orders").filter({ hasText: /^2$/ }).waitFor({ timeout: 15_000 })
    expect(await host.getByTestId("live-gmv").textContent()).toBe("¥118.00")

    // Signed in, the one step asks no e-mail (the account's) and the order is the account's.
    const { context: memberContext, page: member } = await newShopper(browser)
    await member.goto(url("/account"))
    const register = member.getByRole("region", { name: "注册新账户" })
    await register.getByLabel("姓名").fill("王五")
    await register.getByLabel("电子邮箱").fill(`live-member-${Date.now()}@example.cn`)
    await register.getByLabel("密码").fill("correct-horse-42")
    await register.getByRole("button", { name: "注册并登录" }).click()
    await member.getByText("你好，王五").waitFor()
    await member.goto(url(`/l/${code}`))
    await member.waitForURL(new RegExp(`/l/${code}/held$`))
    const memberExpress = member.locator(".live-express")
    await memberExpress.getByRole("heading", { name: "一步下单：填地址，直接付款" }).waitFor()
    expect(await memberExpress.getByLabel("电子邮箱").count()).toBe(0)
    await fillAddress(member, { name: "王五", phone: "139 0000 3333" })
    await memberExpress.getByRole("button", { name: "去付款" }).click()
    await member.waitForURL(/\/checkout$/)
    await member.getByRole("button", { name: "提交订单并支付 ¥84.00" }).click()
    await member.waitForURL(/\/order\/[^/]+\/confirmed$/)
    await member.getByRole("link", { name: "查看我的订单" }).waitFor()
    await host.getByTestId("live-orders").filter({ hasText: /^3$/ }).waitFor({ timeout: 15_000 })

    await memberContext.close()
    await fastContext.close()
    await shopperContext.close()
    await hostContext.close()
  })

  it("an unknown cart link opens a friendly page, not an error", async () => {
    const { context, page } = await newShopper(browser)
    const response = await page.goto(url("/l/XXXXXXXXXX"))
    expect(response?.status()).toBe(404)
    await page.getByRole("heading", { name: "没有找到这个直播链接" }).waitFor()
    await page.getByRole("link", { name: "去商店逛逛" }).waitFor()
    expect(await cookie(context, "fs_cart")).toBeNull()
    await context.close()
  })
})
