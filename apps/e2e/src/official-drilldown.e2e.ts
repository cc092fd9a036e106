// The officials' drill-down (#18): a guest buys 昌盛小米 so the ledger holds a sale in 青冈县; the county official
// clicks from the county to each township and on to a village, reads the figures off the page and finds that the
// rows of each level add up exactly to the level above, then climbs back by the breadcrumb. The place is in the URL:
// another official inside whose scope it lies opens the same link, one outside it is refused with the reason, and a
// village outside the county's own scope typed into the URL is refused too.
// The demo has one cooperative in 青冈县 (远达, households in one village), so each level has one row with sales.
// Set OFFICIAL_SCREENSHOTS=<dir> to keep screenshots (390 px and 1280 px, zh and en) of the drilled-down pages.
import type { Browser, Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { E2E_DEMO_PASSWORD } from "./demo-password"
import { addToCart, fillAddress, newShopper, openProduct, payForOrder, saveAddress, url } from "./shop"

const COUNTY = "231223"
const COUNTY_OFFICIAL = "qinggang@demo.fengshou.local"
const PROVINCE_OFFICIAL = "heilongjiang@demo.fengshou.local"
const OTHER_COUNTY_OFFICIAL = "wendeng@demo.fengshou.local"
/** A village of 文登区 (威海市), outside 青冈县. */
const VILLAGE_ELSEWHERE = "371003106229"
const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: "zh-CN" }
const PHONE = { viewport: { width: 390, height: 844 }, locale: "zh-CN", isMobile: true, hasTouch: true }

/** The figures that add up across places: an order may span places, so orders do not. */
type Figures = { sales: number; income: number; households: number; persons: number }
const FIGURES = { sales: "sales", income: "householdIncome", households: "households", persons: "persons" } as const

/** "¥1,234.50" → 123450 (fen); "-¥0.50" → -50; "1,234" → 1234. */
const integer = (text: string | null) => {
  const digits = (text ?? "").replace(/[¥,.\s-]/g, "")
  expect(digits).toMatch(/^\d+$/)
  return (text ?? "").trim().startsWith("-") ? -Number(digits) : Number(digits)
}

async function snap(page: Page, name: string) {
  const dir = process.env.OFFICIAL_SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}

async function signIn(page: Page, email: string, path = "/portal/official") {
  await page.goto(url(path))
  await page.getByLabel(/电子邮箱|Email/).fill(email)
  await page.getByLabel(/密码|Password/).fill(E2E_DEMO_PASSWORD)
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click()
}

async function readCells(scope: Locator, testid: (figure: string) => string): Promise<Figures> {
  const read = async (figure: string) => integer(await scope.locator(testid(figure)).textContent())
  return {
    sales: await read(FIGURES.sales),
    income: await read(FIGURES.income),
    households: await read(FIGURES.households),
    persons: await read(FIGURES.persons),
  }
}

/** The totals cards of the place on screen. */
const totalsOf = (page: Page) => readCells(page.getByTestId("official-totals"), (f) => `[data-testid="total-${f}"]`)

type PlaceRow = { key: string; name: string; href: string | null; figures: Figures }

/** The rows of the places one level down, as the page shows them, with the link into each. */
async function placeRows(page: Page): Promise<PlaceRow[]> {
  const rows: PlaceRow[] = []
  for (const row of await page.getByTestId("official-regions").locator("tbody tr").all()) {
    const link = row.locator("th a")
    rows.push({
      key: (await row.getAttribute("data-region"))!,
      name: (await row.locator("th").textContent())!.trim(),
      href: (await link.count()) ? await link.getAttribute("href") : null,
      figures: await readCells(row, (f) => `td[data-figure="${f}"]`),
    })
  }
  return rows
}

const sum = (rows: PlaceRow[]): Figures =>
  rows.reduce(
    (s, r) => ({
      sales: s.sales + r.figures.sales,
      income: s.income + r.figures.income,
      households: s.households + r.figures.households,
      persons: s.persons + r.figures.persons,
    }),
    { sales: 0, income: 0, households: 0, persons: 0 },
  )

/** The breadcrumb's places, top to bottom; the last is the place on screen. */
const crumbs = async (page: Page) =>
  (await page.getByTestId("official-breadcrumb").locator("li").allTextContents()).map((s) => s.trim())

async function openPlace(page: Page, row: PlaceRow) {
  await page.getByTestId("official-regions").getByRole("link", { name: row.name, exact: true }).click()
  await page.waitForURL(new RegExp(`[?&]region=${row.key}(&|$)`))
  await page.getByTestId("official-totals").waitFor()
}

describe("a county official drilling down", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it(
    "goes from the county to each township and village and back, every level adding up",
    { timeout: 300_000 },
    async () => {
      // A sale in the county, whatever journeys ran before this one.
      const { context, page: shop } = await newShopper(browser)
      await openProduct(shop, "changsheng-millet")
      await addToCart(shop, 1)
      await shop.goto(url("/checkout"))
      await fillAddress(shop, { phone: "13800138002" })
      await saveAddress(shop)
      await payForOrder(shop)
      await context.close()

      const official = await browser.newContext(DESKTOP)
      const desk = await official.newPage()
      await signIn(desk, COUNTY_OFFICIAL)
      await desk.getByTestId("official-totals").waitFor()
      expect(await crumbs(desk)).toEqual(["青冈县"])
      const county = await totalsOf(desk)
      expect(county.sales).toBeGreaterThan(0)
      const townships = await placeRows(desk)
      expect(townships.length).toBeGreaterThan(0)
      // The township rows add up to the county, to the fen and to the person.
      expect(sum(townships)).toEqual(county)
      // The status split counts each household once: 脱贫户 + 监测户 are the county's households and persons.
      const status = desk.getByTestId("official-status")
      const split = async (figure: string) =>
        Promise.all(
          ["registered_poor", "monitored"].map(async (s) =>
            integer(await status.locator(`tbody tr[data-status="${s}"] td[data-figure="${figure}"]`).textContent()),
          ),
        )
      for (const [figure, total] of [
        ["households", county.households],
        ["persons", county.persons],
        ["householdIncome", county.income],
      ] as const) {
        const [poor, monitored] = await split(figure)
        expect(poor! + monitored!).toBe(total)
      }
      // 环比 and 同比 are shown beside the lead figures.
      await desk.getByTestId("official-compare").locator('[data-figure="sales"] [data-period="previous"]').waitFor()
      await desk.getByTestId("official-compare").locator('[data-figure="sales"] [data-period="year_earlier"]').waitFor()

      let villageUrl = ""
      let villageName = ""
      for (const township of townships) {
        expect(township.key).toMatch(new RegExp(`^${COUNTY}\\d{3}$`))
        expect(township.href).toContain(`region=${township.key}`)
        await desk.goto(url(`/portal/official?region=${COUNTY}`))
        await openPlace(desk, township)
        expect(await crumbs(desk)).toEqual(["青冈县", township.name])
        expect(await totalsOf(desk)).toEqual(township.figures)
        const villages = await placeRows(desk)
        // The village rows add up to their township.
        expect(sum(villages)).toEqual(township.figures)
        const village = villages.find((v) => v.figures.sales > 0)!
        expect(village.key).toMatch(new RegExp(`^${township.key}\\d{3}$`))
        await openPlace(desk, village)
        expect(await crumbs(desk)).toEqual(["青冈县", township.name, village.name])
        expect(await totalsOf(desk)).toEqual(village.figures)
        // The village is the last level: its own row, not a link further down.
        const own = await placeRows(desk)
        expect(own.map((r) => [r.key, r.href])).toEqual([[village.key, null]])
        expect(await desk.locator('form[action="/api/official/export"] input[name="region"]').inputValue()).toBe(
          village.key,
        )
        villageUrl = desk.url()
        villageName = village.name
      }
      await snap(desk, "drill-01-village-desktop-zh")

      // The export follows the place on screen.
      const region = new URL(villageUrl).searchParams.get("region")!
      const csv = await desk.request.get(
        url(`/api/official/export?format=csv&group_by=cooperative&from=2020-01-01&to=2030-12-31&region=${region}`),
      )
      expect(csv.status()).toBe(200)

      // Back up by the breadcrumb: the township, then the county, with the same figures as on the way down.
      await desk.getByTestId("official-breadcrumb").getByRole("link").last().click()
      await desk.waitForURL(new RegExp(`[?&]region=${region.slice(0, 9)}(&|$)`))
      await desk.getByTestId("official-breadcrumb").getByRole("link", { name: "青冈县" }).click()
      await desk.waitForURL(new RegExp(`[?&]region=${COUNTY}(&|$)`))
      await desk.getByTestId("official-totals").waitFor()
      expect(await totalsOf(desk)).toEqual(county)

      // A village outside the county, typed into the URL: the backend's refusal, said plainly, and the way back.
      await desk.goto(url(`/portal/official?region=${VILLAGE_ELSEWHERE}`))
      const refused = desk.getByTestId("official-refused")
      await refused.waitFor()
      expect(await refused.textContent()).toContain("该地区不在您的辖区内，无法查看其报表。")
      expect(await refused.textContent()).toContain(`region ${VILLAGE_ELSEWHERE}`)
      expect(await refused.textContent()).toContain("outside your scope 231223")
      await snap(desk, "drill-02-refused-desktop-zh")

      // English: names come back in English/pinyin, the export form asks for English files.
      await desk.goto(url(`/en${new URL(villageUrl).pathname}${new URL(villageUrl).search}`))
      await desk.getByRole("heading", { name: "Relief dashboard" }).waitFor()
      const english = await crumbs(desk)
      expect(english).toHaveLength(3)
      expect(english.join(" ")).not.toMatch(/[\u4e00-\u9fff]/)
      expect(await desk.locator('form[action="/api/official/export"] input[name="lang"]').inputValue()).toBe("en")
      await snap(desk, "drill-03-village-desktop-en")
      await official.close()

      // The link is shareable: on a phone the province official opens the same village, inside their scope.
      const phone = await browser.newContext(PHONE)
      const hand = await phone.newPage()
      await signIn(hand, PROVINCE_OFFICIAL, `${new URL(villageUrl).pathname}${new URL(villageUrl).search}`)
      await hand.getByTestId("official-totals").waitFor()
      expect(await crumbs(hand)).toEqual(["黑龙江省", "绥化市", "青冈县", expect.any(String), villageName])
      expect(await hand.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await snap(hand, "drill-04-village-phone-zh")
      await hand.goto(url(`/en${new URL(villageUrl).pathname}${new URL(villageUrl).search}`))
      await hand.getByRole("heading", { name: "Relief dashboard" }).waitFor()
      expect(await hand.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await snap(hand, "drill-05-village-phone-en")
      await phone.close()

      // ...while the official of another county is refused the same link.
      const other = await browser.newContext(DESKTOP)
      const away = await other.newPage()
      await signIn(away, OTHER_COUNTY_OFFICIAL, `${new URL(villageUrl).pathname}${new URL(villageUrl).search}`)
      await away.getByTestId("official-refused").waitFor()
      expect(await away.getByTestId("official-refused").textContent()).toContain("outside your scope 371003")
      await other.close()
    },
  )
})
