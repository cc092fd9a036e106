// Issue #15's acceptance journey, a new cooperative from sign-up to its first sale, on a 390 px phone: it signs up on
// the storefront (a credit code with a valid check character, its village through the division cascade, a PNG of its
// licence); the operator, in Medusa Admin's review queue (desktop), rejects it with a reason, which the cooperative
// reads on its phone and answers with a clearer licence, then approves it; its clerk signs in to the portal and
// publishes a product with two sizes and a photo; a guest shopper finds it on the cooperative's page and buys it; the
// relief ledger's rows for that order name the new cooperative. Screenshots go to COOPERATIVE_ONBOARDING_SCREENSHOTS.
import { randomInt } from "node:crypto"
import { mkdirSync } from "node:fs"
import { deflateSync, crc32 } from "node:zlib"
import type { Browser, BrowserContext, Page } from "playwright-core"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from "vitest"
import { launchChromium } from "./browser"
import { E2E_DEMO_PASSWORD } from "./demo-password"
import { addToCart, fillAddress, MOBILE, payForOrder, saveAddress, storeApi, url } from "./shop"
import { startAdmin, type AdminServer } from "./stack"

const PHONE = { ...MOBILE, isMobile: true, hasTouch: true }
// Medusa's session cookie is Secure in production; the Admin is served behind TLS, so the browser says so.
const DESKTOP = { viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { "x-forwarded-proto": "https" } }
const OPERATOR = { email: "onboarding-operator@e2e.fengshou.local", password: E2E_DEMO_PASSWORD }
const REJECTION = "营业执照照片看不清，请重新上传清晰的照片。"

// 统一社会信用代码 (GB 32100-2015), computed here rather than imported so the test checks the shop's own checksum.
const CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** A farmers' cooperative (登记管理部门 9, 类别 3) of 青冈县 with a random organisation code and its check character. */
function newCreditCode(): string {
  let first17 = "93231223"
  while (first17.length < 17) first17 += CREDIT_CHARSET[randomInt(CREDIT_CHARSET.length)]
  const sum = [...first17].reduce((acc, c, i) => acc + CREDIT_CHARSET.indexOf(c) * CREDIT_WEIGHTS[i]!, 0)
  return first17 + CREDIT_CHARSET[(31 - (sum % 31)) % 31]
}

/** A real PNG (8-bit RGB, a diagonal gradient) that an image library decodes and resizes. */
function gradientPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // depth 8, colour type RGB, deflate, no filter, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1) // each row starts with filter type 0
    for (let x = 0; x < width; x++) rows.set([200, (x * 255) / width, (y * 255) / height], row + 1 + x * 3)
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

const shotsDir = process.env.COOPERATIVE_ONBOARDING_SCREENSHOTS
async function snap(page: Page, name: string) {
  if (!shotsDir) return
  mkdirSync(shotsDir, { recursive: true })
  await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true })
}

describe("a new cooperative, from sign-up to its first sale", () => {
  let browser: Browser
  let admin: AdminServer
  let db: pg.Client

  beforeAll(async () => {
    const stackPort = Number(new URL(inject("backendUrl")).port)
    db = new pg.Client({ connectionString: inject("databaseUrl") })
    ;[browser, admin] = await Promise.all([
      launchChromium(inject("chromiumPath")),
      startAdmin({ databaseUrl: inject("databaseUrl"), port: stackPort + 4, operator: OPERATOR }),
      db.connect(),
    ])
  })
  afterAll(async () => {
    await browser?.close()
    await admin?.stop()
    await db?.end()
  })

  it(
    "signs up, is rejected then approved, lists a product with a photo, and its first sale reaches the ledger",
    { timeout: 360_000 },
    async () => {
      // On failure: the page as it was, what the browser saw go wrong, and the admin backend's errors.
      onTestFailed(async () => {
        if (problems.length) console.error(`browser:\n${problems.slice(-30).join("\n")}`)
        if (current && !current.isClosed()) {
          await snap(current, "failed")
          console.error(`page ${current.url()}:\n${(await current.locator("body").innerText()).slice(0, 1500)}`)
        }
        const errors = admin
          ?.output()
          .split("\n")
          .filter((l) => /"level":"error"|Error:/.test(l))
        if (errors?.length) console.error(`admin backend errors:\n${errors.map((l) => l.slice(0, 1500)).join("\n")}`)
      })
      const run = String(randomInt(1000, 9999))
      const coop = {
        name: `青冈县丰收${run}号种植专业合作社`,
        nameEn: `Qinggang Harvest No. ${run} Planting Co-op`,
        creditCode: newCreditCode(),
        email: `clerk-${run}@e2e.fengshou.local`,
        password: `Onboard-${run}-pass`,
      }
      const product: Product = {
        title: `丰收${run}号黑木耳`,
        titleEn: `Harvest ${run} black fungus`,
        category: "菌菇",
        sizes: [
          { title: "250 克", weight: "250", unit: "克", price: "29.90", stock: "40" },
          { title: "1 公斤", weight: "1", unit: "公斤", price: "99.00", stock: "20" },
        ],
      }

      // 1. The cooperative signs up on its phone; it stays signed in there and reads its review on that page.
      const signUp = await browser.newContext(PHONE)
      const phone = watch(await signUp.newPage())
      await signUpCooperative(phone, coop)
      const { rows } = await db.query<{ id: string; handle: string; status: string; division_code: string }>(
        "select id, handle, status, division_code from cooperative where credit_code = $1 and deleted_at is null",
        [coop.creditCode],
      )
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ status: "pending", division_code: "231223111204" })
      const { id: cooperativeId, handle } = rows[0]!
      const status = async () =>
        (await db.query("select status, status_reason from cooperative where id = $1", [cooperativeId])).rows[0]
      expect(await listedInStore(handle)).toBe(false)

      // 2. The operator checks it in Medusa Admin's review queue and rejects it with a reason; the cooperative reads
      // the reason, sends a clearer licence and is pending again; the operator approves it. The store lists it then.
      const desk = await openReviewQueue(coop)
      await reject(desk, coop, REJECTION)
      expect(await status()).toEqual({ status: "rejected", status_reason: REJECTION })
      await correctAfterRejection(phone)
      expect((await status()).status).toBe("pending")
      await approve(desk, coop)
      expect((await status()).status).toBe("approved")
      expect(await listedInStore(handle)).toBe(true)
      await phone.reload()
      await phone.getByRole("heading", { name: "已通过审核" }).waitFor()
      await desk.context().close()
      await signUp.close()

      // 3. Its clerk signs in to the portal on the phone and publishes a product with two sizes and a photo.
      const clerk = await browser.newContext(PHONE)
      const portal = watch(await clerk.newPage())
      await publishProduct(portal, coop, product)
      await clerk.close()

      // 4. A guest finds it on the cooperative's page and buys it.
      const shopper = await browser.newContext(PHONE)
      const shop = watch(await shopper.newPage())
      const orderId = await buyAsGuest(shop, handle, coop, product)
      await shopper.close()

      // 5. The ledger's rows for the order (written from order.placed) name the new cooperative.
      const ledgerRows = async () =>
        (await db.query("select 1 from relief_ledger_entry where order_id = $1", [orderId])).rowCount
      await expect.poll(ledgerRows, { timeout: 30_000 }).toBeGreaterThan(0)
      const ledger = await db.query<{
        cooperative_id: string
        party: string
        kind: string
        amount_fen: number
        quantity_g: number
      }>("select cooperative_id, party, kind, amount_fen, quantity_g from relief_ledger_entry where order_id = $1", [
        orderId,
      ])
      expect(new Set(ledger.rows.map((r) => r.cooperative_id))).toEqual(new Set([cooperativeId]))
      // No lot behind the product yet, so no household shares: the whole ¥29.90 (without shipping) and 250 g are the
      // cooperative's.
      expect(ledger.rows.filter((r) => r.kind === "sale")).toEqual([
        expect.objectContaining({ party: "cooperative", amount_fen: 2990, quantity_g: 250 }),
      ])
    },
  )

  let current: Page | null = null
  const problems: string[] = []
  /** The page the journey is on, with its console errors and failed requests kept for a failure's report. */
  function watch(page: Page): Page {
    current = page
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text().slice(0, 300)}`)
    })
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`)
    })
    return page
  }

  type Coop = {
    name: string
    nameEn: string
    creditCode: string
    email: string
    password: string
  }

  async function signUpCooperative(page: Page, coop: Coop) {
    await page.goto(url("/portal/cooperative/register"))
    await page.getByRole("heading", { level: 1, name: "合作社入驻" }).waitFor()
    await page.getByLabel("电子邮箱").fill(coop.email)
    await page.getByLabel("密码", { exact: true }).fill(coop.password)
    await page.getByLabel("合作社名称（中文）").fill(coop.name)
    await page.getByLabel("合作社名称（英文）").fill(coop.nameEn)
    // A typo in the check character is caught while typing, with the character the first 17 call for.
    const wrong = coop.creditCode.slice(0, 17) + (coop.creditCode.endsWith("0") ? "1" : "0")
    await page.getByLabel("统一社会信用代码").fill(wrong)
    await page.getByText(`最后一位应为 ${coop.creditCode.charAt(17)}`).waitFor()
    await page.getByLabel("统一社会信用代码").fill(coop.creditCode)
    await page.getByText("校验位正确。").waitFor()
    // 黑龙江省 → 绥化市 → 青冈县 → 昌盛镇 → 兴东村委会, each level loaded when the one above is chosen.
    for (const [label, option] of [
      ["省", "黑龙江省"],
      ["市", "绥化市"],
      ["县（区）", "青冈县"],
      ["乡（镇）", "昌盛镇"],
      ["村（居）委会", "兴东村委会"],
    ] as const) {
      const select = page.getByLabel(label, { exact: true })
      await select.locator("option", { hasText: option }).waitFor({ state: "attached" })
      await select.selectOption({ label: option })
    }
    await page.getByLabel(/^订单收购/).check()
    await page.getByLabel("联系人姓名").fill("王建国")
    await page.getByLabel("营业执照照片或扫描件").setInputFiles({
      name: "licence.png",
      mimeType: "image/png",
      buffer: gradientPng(600, 400),
    })
    await snap(page, "01-sign-up")
    await page.getByRole("button", { name: "提交入驻申请" }).click()
    await page.getByText("已提交，等待平台审核").waitFor()
    await snap(page, "02-pending")
  }

  type Product = {
    title: string
    titleEn: string
    category: string
    sizes: { title: string; weight: string; unit: "克" | "公斤"; price: string; stock: string }[]
  }

  /** The operator signs in to the Admin in Chinese and opens 合作社, on 待审核, where the sign-up waits. */
  async function openReviewQueue(coop: Coop): Promise<Page> {
    const context: BrowserContext = await browser.newContext({ ...DESKTOP, locale: "zh-CN" })
    await context.addCookies([{ name: "lng", value: "zhCN", url: admin.adminUrl }])
    const page = watch(await context.newPage())
    await page.goto(`${admin.adminUrl}/app`)
    await page.locator('input[name="email"]').fill(OPERATOR.email)
    await page.locator('input[name="password"]').fill(OPERATOR.password)
    await page.locator('button[type="submit"]').click()
    await page.getByRole("link", { name: "合作社", exact: true }).click()
    // The row shows what to check against the licence: the code and the village, and the licence itself.
    const row = pendingRow(page, coop)
    await row.waitFor()
    expect(await row.innerText()).toContain(coop.creditCode)
    expect(await row.innerText()).toContain("兴东村委会")
    const licence = await row.getByRole("link", { name: "查看营业执照" }).getAttribute("href")
    const file = await fetch(licence!)
    expect(file.ok).toBe(true)
    expect(Buffer.from(await file.arrayBuffer()).toString("latin1", 1, 4)).toBe("PNG")
    await snap(page, "03-admin-queue")
    return page
  }

  const pendingRow = (page: Page, coop: Coop) => page.getByRole("row").filter({ hasText: coop.name })

  async function reject(page: Page, coop: Coop, reason: string) {
    await pendingRow(page, coop).getByRole("button", { name: "驳回", exact: true }).click()
    const prompt = page.getByRole("alertdialog")
    await prompt.getByLabel("原因（必填，合作社可见）").fill(reason)
    await snap(page, "04-admin-reject")
    await prompt.getByRole("button", { name: "驳回", exact: true }).click()
    await page.getByText(`已驳回 ${coop.name}`).waitFor()
  }

  /** On the phone: the page says why, and a new licence photo sends the sign-up back to review. */
  async function correctAfterRejection(page: Page) {
    await page.reload()
    await page.getByRole("heading", { name: "审核未通过" }).waitFor()
    await page.getByText(REJECTION).waitFor()
    await snap(page, "05-rejected")
    await page.getByLabel("重新上传营业执照（可选）").setInputFiles({
      name: "licence-clear.png",
      mimeType: "image/png",
      buffer: gradientPng(1200, 800),
    })
    await page.getByRole("button", { name: "修改并重新提交" }).click()
    await page.getByRole("heading", { name: "已提交，等待平台审核" }).waitFor()
  }

  async function approve(page: Page, coop: Coop) {
    await page.goto(`${admin.adminUrl}/app/cooperatives?status=pending`)
    await pendingRow(page, coop).getByRole("button", { name: "通过", exact: true }).click()
    await page.getByText(`已通过 ${coop.name}`).waitFor()
    await snap(page, "06-admin-approved")
  }

  async function publishProduct(page: Page, coop: Coop, product: Product) {
    await page.goto(url("/portal/cooperative"))
    await page.getByLabel("电子邮箱").fill(coop.email)
    await page.getByLabel("密码").fill(coop.password)
    await page.getByRole("button", { name: "登录", exact: true }).click()
    const sections = page.getByRole("navigation", { name: "工作台栏目" })
    await sections.getByRole("link", { name: "商品" }).click()
    await page.getByRole("link", { name: "新增商品" }).click()
    await page.waitForURL(/\/portal\/cooperative\/products\/new$/)
    await page.getByLabel("商品名称（中文）").fill(product.title)
    await page.getByLabel("商品名称（英文）").fill(product.titleEn)
    await page.getByLabel("商品介绍（中文）").fill("兴东村椴木黑木耳，秋季采收，自然晾晒。")
    await page.getByLabel("类目").selectOption({ label: product.category })

    // The photo is uploaded as soon as it is chosen, then shown as the cover.
    await page.getByLabel("添加照片").setInputFiles({
      name: "fungus.png",
      mimeType: "image/png",
      buffer: gradientPng(800, 600),
    })
    await page.getByText("fungus.png 已上传。").waitFor()
    await page.getByRole("img", { name: "第 1 张照片" }).waitFor()

    for (const [i, size] of product.sizes.entries()) {
      if (i > 0) await page.getByRole("button", { name: "添加规格" }).click()
      const row = page.getByRole("group", { name: `规格 ${i + 1}`, exact: true })
      await row.getByLabel("规格名称").fill(size.title)
      await row.getByLabel("每件重量").fill(size.weight)
      await row.getByLabel("重量单位").selectOption({ label: size.unit })
      await row.getByLabel("价格（元）").fill(size.price)
      await row.getByLabel("库存（件）").fill(size.stock)
    }
    await snap(page, "07-editor")
    await page.getByRole("button", { name: "保存并上架" }).click()
    await page.waitForURL(/\/portal\/cooperative\/products\/prod_\w+$/)
    await page.getByText("已上架", { exact: true }).waitFor()
    await snap(page, "08-published")
  }

  /** Whether the store's list of cooperatives (approved ones only) names this one. */
  async function listedInStore(handle: string): Promise<boolean> {
    const { cooperatives } = await storeApi<{ cooperatives: { handle: string }[] }>("/store/cooperatives?limit=100")
    return cooperatives.some((c) => c.handle === handle)
  }

  // The cooperative's page by its address (as shared on a poster or in a chat). The list of all cooperatives is not the
  // way in here: the storefront caches it for a minute, and this stack's backend cannot tell it to refresh.
  async function buyAsGuest(page: Page, handle: string, coop: Coop, product: Product): Promise<string> {
    await page.goto(url(`/cooperatives/${handle}`))
    await page.getByRole("heading", { level: 1, name: coop.name }).waitFor()
    await page
      .getByRole("link", { name: new RegExp(product.title) })
      .first()
      .click()
    await page.waitForURL(/\/products\/[^/]+$/)
    await page.getByText(/有货/).first().waitFor()
    await page.getByRole("radio", { name: /^250克/ }).check()
    await snap(page, "09-product")
    await addToCart(page)
    await page.goto(url("/checkout"))
    await fillAddress(page, { phone: "13912345678" })
    await saveAddress(page)
    await payForOrder(page)
    await snap(page, "10-confirmed")
    return page.url().match(/\/order\/([^/]+)\/confirmed$/)![1]!
  }
})
