// The public check of a printed report (#18): the county official exports a PDF through the dashboard's export
// proxy, which hands the report's verification code on in `X-Report-Verification-Code`. A stranger holding the
// printout, signed out, opens /verify/<code> and reads that its figures match the ledger, with who issued it, for
// which place and period, in Chinese and in English; a code nobody issued finds the not-found page. Then a guest
// buys in the county inside the report's period, and the same page says the report changed since issue, listing
// the differences as money and counts.
// Set VERIFY_SCREENSHOTS=<dir> to keep screenshots (390 px and 1280 px, zh and en, matches and changed).
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { E2E_DEMO_PASSWORD } from "./demo-password"
import { addToCart, fillAddress, newShopper, openProduct, payForOrder, saveAddress, url } from "./shop"

const COUNTY = "231223"
const COUNTY_OFFICIAL = "qinggang@demo.fengshou.local"
const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: "zh-CN" }
const PHONE = { viewport: { width: 390, height: 844 }, locale: "zh-CN", isMobile: true, hasTouch: true }
const PERIOD = { from: "2020-01-01", to: "2030-12-31" }

async function snap(page: Page, name: string) {
  const dir = process.env.VERIFY_SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}

/** A guest's order of 昌盛小米 delivered in 青冈县: a sale in the county, today. */
async function buyInCounty(browser: Browser, phone: string) {
  const { context, page } = await newShopper(browser)
  await openProduct(page, "changsheng-millet")
  await addToCart(page, 1)
  await page.goto(url("/checkout"))
  await fillAddress(page, { phone })
  await saveAddress(page)
  await payForOrder(page)
  await context.close()
}

/** Opens the verify page in a fresh context (signed out, no cookies) on a phone and on a desktop. */
async function strangers(browser: Browser): Promise<{ phone: BrowserContext; desktop: BrowserContext }> {
  return { phone: await browser.newContext(PHONE), desktop: await browser.newContext(DESKTOP) }
}

describe("a stranger checking a printed relief report", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it(
    "reads matches, then changed since issue with the differences, by the code the export handed on",
    { timeout: 300_000 },
    async () => {
      // A sale in the county, whatever journeys ran before this one, so the report has figures to vouch for.
      await buyInCounty(browser, "13800138005")

      const official = await browser.newContext(DESKTOP)
      const desk = await official.newPage()
      await desk.goto(url("/portal/official"))
      await desk.getByLabel(/电子邮箱|Email/).fill(COUNTY_OFFICIAL)
      await desk.getByLabel(/密码|Password/).fill(E2E_DEMO_PASSWORD)
      await desk.getByRole("button", { name: /^(登录|Sign in)$/ }).click()
      await desk.getByTestId("official-totals").waitFor()
      // The dashboard's export form posts to the proxy; the request carries the session cookie like the form does.
      expect(await desk.locator('form[action="/api/official/export"]').count()).toBe(1)
      const query = new URLSearchParams({ format: "pdf", group_by: "region", region: COUNTY, ...PERIOD })
      const pdf = await desk.request.get(url(`/api/official/export?${query}`))
      expect(pdf.status()).toBe(200)
      expect(pdf.headers()["content-type"]).toBe("application/pdf")
      const code = pdf.headers()["x-report-verification-code"]!
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
      expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-")
      await official.close()

      // Signed out, as whoever holds the paper: the figures match, with who issued it, for where and when.
      const { phone, desktop } = await strangers(browser)
      expect(await phone.cookies()).toEqual([])
      const hand = await phone.newPage()
      const answer = await hand.goto(url(`/verify/${code}`))
      expect(answer?.status()).toBe(200)
      const title = hand.locator("#verify-title")
      expect(await title.textContent()).toBe("数字与台账一致")
      const facts = (await hand.locator(".verify dl").textContent()) ?? ""
      expect(facts).toContain(code)
      expect(facts).toContain("青冈县乡村振兴局")
      expect(facts).toContain("青冈县")
      expect(facts).toContain(COUNTY)
      expect(facts).toContain(`${PERIOD.from} 至 ${PERIOD.to}`)
      expect(facts).toContain("（北京时间）")
      expect(await hand.locator(".verify-table").count()).toBe(0)
      expect(await hand.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await snap(hand, "verify-01-matches-phone-zh")
      // Typed from the paper in lower case with a dash, it is the same report.
      await hand.goto(url(`/verify/${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`))
      expect(await title.textContent()).toBe("数字与台账一致")

      const wide = await desktop.newPage()
      await wide.goto(url(`/en/verify/${code}`))
      const english = wide.locator("#verify-title")
      expect(await english.textContent()).toBe("The figures match the ledger")
      const englishFacts = (await wide.locator(".verify dl").textContent()) ?? ""
      expect(englishFacts).toContain("Issued by")
      expect(englishFacts).toContain(`${PERIOD.from} to ${PERIOD.to}`)
      expect(englishFacts).toContain("(China time)")
      expect(await wide.locator(".verify").textContent()).not.toMatch(/核验|台账|北京时间/)
      await snap(wide, "verify-02-matches-desktop-en")
      await wide.goto(url(`/verify/${code}`))
      await snap(wide, "verify-03-matches-desktop-zh")

      // A code nobody issued: the not-found page, with a 404, saying what to check.
      const unknown = await hand.goto(url("/verify/0000000000"))
      expect(unknown?.status()).toBe(404)
      await hand.getByRole("heading", { name: "找不到这个核验码" }).waitFor()
      await snap(hand, "verify-04-not-found-phone-zh")

      // A new sale in the county inside the report's period: the same code now says the report changed.
      await buyInCounty(browser, "13800138006")
      await expect
        .poll(
          async () => {
            await hand.goto(url(`/verify/${code}`))
            return title.textContent()
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toBe("签发后已有变化")
      const table = hand.locator(".verify-table")
      // The totals first, under their heading, each figure with what was printed, what the ledger holds, the change.
      const totals = await table.locator('tbody[data-row="totals"] tr').allTextContents()
      expect(totals[0]).toBe("合计")
      expect(totals.find((r) => r.startsWith("订单数"))).toMatch(/^订单数[\d,]+[\d,]+\+1$/)
      expect(totals.find((r) => r.startsWith("销售额"))).toMatch(/^销售额¥[\d,]+\.\d{2}¥[\d,]+\.\d{2}\+¥[\d,]+\.\d{2}$/)
      // Then the township the sale is in, named by its division code.
      const township = table.locator(`tbody[data-row^="${COUNTY}"]`).first()
      expect(await township.locator("th").textContent()).toMatch(new RegExp(`^地区代码 ${COUNTY}\\d{3}$`))
      expect(await table.textContent()).not.toMatch(/_fen|_g\b|by_status|[A-Za-z]{4,}/)
      expect(await hand.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await snap(hand, "verify-05-changed-phone-zh")
      await hand.goto(url(`/en/verify/${code}`))
      expect(await title.textContent()).toBe("Changed since issue")
      expect(await hand.locator(".verify-table").textContent()).toContain("Sales")
      // The page's own words are English; the organisation and place stay as the report printed them (Chinese).
      expect(await hand.locator(".verify").textContent()).not.toMatch(/核验|台账|北京时间|合计|销售额/)
      await snap(hand, "verify-06-changed-phone-en")

      await wide.goto(url(`/verify/${code}`))
      await snap(wide, "verify-07-changed-desktop-zh")
      await wide.goto(url(`/en/verify/${code}`))
      expect(await english.textContent()).toBe("Changed since issue")
      await snap(wide, "verify-08-changed-desktop-en")
      await phone.close()
      await desktop.close()
    },
  )
})
