import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { CooperativeMeResponseSchema } from "@fengshou/store-contract"
import { Modules } from "@medusajs/framework/utils"
import { topic } from "../runner"
import { seedDemoData } from "../../src/scripts/seed/index"
import { waitFor } from "./checkout-helpers"
import {
  adminLogin,
  attempt,
  type Auth,
  loginCooperative,
  registerCooperative,
  uploadLicence,
} from "./cooperative-helpers"

// Sign-up, the operator's approval, and what a cooperative may do before and after it.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const PROFILE = {
  handle: "hongqi-coop",
  name_zh: "红旗村小米合作社",
  name_en: "Hongqi Millet Co-op",
  credit_code: "93231223MA1H2J3K40", // fictional, with a valid GB 32100 check character
  division_code: "231223111204",
  benefit_mechanisms: ["supply"],
  staff_name: "红旗 管理员",
}
const PRODUCT = {
  title_zh: "红旗小米",
  title_en: "Hongqi Millet",
  variants: [{ title: "1 kg", weight_g: 1000, price_fen: 1990, stock: 10 }],
}

export default topic("cooperative-signup", ({ api, getContainer }) => {
  let admin: Auth
  let pending: Auth
  let pendingId: string
  let store: Auth

  /** The emails of this template sent to this address (the Notification Module's records). */
  const emails = (to: string, template: string) =>
    getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template })

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    admin = await adminLogin(api, getContainer())
    const { res, login } = await registerCooperative(api, "hongqi@example.cn", PROFILE)
    expect(res.status).toBe(201)
    pendingId = (res.data as { cooperative: { id: string } }).cooperative.id
    pending = await login()
  })

  it("signs a cooperative up as pending, with region names resolved from the division data", async () => {
    const { data } = await api.get(`/cooperative/me`, pending)
    CooperativeMeResponseSchema.parse(data)
    expect(data.cooperative).toMatchObject({
      handle: "hongqi-coop",
      status: "pending",
      credit_code: PROFILE.credit_code,
    })
    // The licence is the file the sign-up token uploaded, served by this backend's File Module.
    expect(data.cooperative.licence_url).toMatch(/^http.*\/static\/\d+-licence-[0-9a-f]{8}\.pdf$/)
    const admin_row = (await api.get(`/admin/cooperatives?status=pending`, admin)).data.cooperatives[0]
    expect(admin_row.licence_url).toBe(data.cooperative.licence_url)
    expect(data.cooperative.region).toEqual({
      province: "黑龙江省",
      city: "绥化市",
      county: "青冈县",
      township: "昌盛镇",
      village: "兴东村委会",
    })
    expect(data.staff).toMatchObject({ email: "hongqi@example.cn", role: "owner" })
  })

  it("lets a pending cooperative edit its profile but not write products, households or lots", async () => {
    expect((await api.post(`/cooperative/me`, { story_zh: "红旗村的故事" }, pending)).data.cooperative.story_zh).toBe(
      "红旗村的故事",
    )
    const cert = { kind: "selenium_test", title_zh: "富硒检测报告", test_report_url: "https://example.cn/report.pdf" }
    const { certification } = (await api.post(`/cooperative/me/certifications`, cert, pending)).data
    expect(certification).toMatchObject(cert)
    expect(
      (await attempt(api.post(`/cooperative/me/certifications`, { ...cert, test_report_url: "report" }, pending)))
        .status,
    ).toBe(400)
    await api.delete(`/cooperative/me/certifications/${certification.id}`, pending)
    expect((await api.get(`/cooperative/me`, pending)).data.cooperative.certifications).toEqual([])
    for (const [url, body] of [
      ["/cooperative/products", PRODUCT],
      ["/cooperative/households", { code: "HQ-001", size: 3, status: "registered_poor", village_code: "231223111204" }],
      ["/cooperative/lots", { variant_id: "variant_x", harvest_date: "2025-09-01", quantity_g: 1000 }],
    ] as const) {
      const res = await attempt(api.post(url, body, pending))
      expect({ url, status: res.status }).toEqual({ url, status: 403 })
      expect((res.data as { message: string }).message).toMatch(/waiting for approval by the platform operator/)
    }
    expect((await api.get(`/cooperative/products`, pending)).data.products).toEqual([])
  })

  it("lists pending cooperatives for the operator, who approves and then suspends", async () => {
    const queue = (await api.get(`/admin/cooperatives?status=pending`, admin)).data.cooperatives
    expect(queue.map((c: { handle: string }) => c.handle)).toEqual(["hongqi-coop"])
    expect(queue[0].staff[0].email).toBe("hongqi@example.cn")
    expect((await api.get(`/admin/cooperatives?status=approved`, admin)).data.count).toBe(6)

    expect((await api.post(`/admin/cooperatives/${pendingId}/approve`, {}, admin)).data.cooperative.status).toBe(
      "approved",
    )
    const created = await api.post(`/cooperative/products`, PRODUCT, pending)
    expect(created.status).toBe(201)
    expect(created.data.product.variants[0]).toMatchObject({
      price_fen: 1990,
      weight_g: 1000,
      stock: { stocked: 10, available: 10 },
    })

    await api.post(`/admin/cooperatives/${pendingId}/suspend`, { reason: "证照过期" }, admin)
    const refused = await attempt(
      api.post(
        `/cooperative/households`,
        { code: "HQ-002", size: 1, status: "member", village_code: "231223111204" },
        pending,
      ),
    )
    expect(refused.status).toBe(403)
    expect((refused.data as { message: string }).message).toMatch(/suspended/)
    expect((await attempt(api.post(`/cooperative/me`, { story_zh: "x" }, pending))).status).toBe(403)
    expect((await api.get(`/cooperative/me`, pending)).data.cooperative).toMatchObject({
      status: "suspended",
      status_reason: "证照过期",
    })
  })

  it("refuses the admin routes to cooperative staff and an unknown cooperative to the operator", async () => {
    expect((await attempt(api.get(`/admin/cooperatives`, pending))).status).toBe(401)
    expect((await attempt(api.post(`/admin/cooperatives/coop_missing/approve`, {}, admin))).status).toBe(404)
    expect((await attempt(api.get(`/admin/cooperatives?status=sleeping`, admin))).status).toBe(400)
  })

  it("rejects bad sign-ups with a 400 that says what to fix, and writes nothing", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ credit_code: "93231223MA1H2J3K41" }, /fails the GB 32100 check: its last character should be 0/],
      [{ credit_code: "hello" }, /18-character unified social credit code/],
      [{ division_code: "231223111999" }, /231223111999 is not in the national division data/],
      [{ division_code: "2312231112" }, /must be 12 digits/],
      [{ handle: "Bad Handle" }, /handle must be lower-case/],
      [{ benefit_mechanisms: ["dividend"] }, /dividend_bps .* is required/],
      [{ handle: "yuanda" }, /handle yuanda is taken/],
      [
        { name_zh: "远达农业种植专业合作社", credit_code: "93231223MA1D9F4G1F" },
        /name_zh 远达农业种植专业合作社 is already another cooperative's name/,
      ],
      [{ licence_url: undefined }, /licence_url' is required/],
      [{ licence_url: "https://example.cn/licence.pdf" }, /licence_url .* is not a file stored by this shop/],
      [{ licence_url: "http://localhost:9000/static/1-not-uploaded.pdf" }, /is not a file stored by this shop/],
    ]
    for (const [i, [change, message]] of cases.entries()) {
      const { res } = await registerCooperative(api, `bad${i}@example.cn`, {
        ...PROFILE,
        handle: `bad-${i}`,
        credit_code: "93231223MA1B2C3D4Y",
        ...change,
      })
      expect({ change, status: res.status }).toEqual({ change, status: 400 })
      expect((res.data as { message: string }).message).toMatch(message)
    }
    expect((await api.get(`/admin/cooperatives`, admin)).data.count).toBe(7)
  })

  it("rejects a sign-up with a reason the cooperative reads and is emailed; its correction goes back to review", async () => {
    const email = "baiyang@example.cn"
    const { res, login } = await registerCooperative(api, email, {
      ...PROFILE,
      handle: "baiyang-coop",
      name_zh: "白杨村合作社",
      credit_code: "93231223MA1C5D6E7B",
    })
    expect(res.status).toBe(201)
    const id = (res.data as { cooperative: { id: string } }).cooperative.id
    const staff = await login()

    const noReason = await attempt(api.post(`/admin/cooperatives/${id}/reject`, { reason: " " }, admin))
    expect(noReason.status).toBe(400)
    expect((noReason.data as { message: string }).message).toMatch(/reason is required/)
    const reason = "营业执照照片看不清，请重新上传清晰的照片"
    expect((await api.post(`/admin/cooperatives/${id}/reject`, { reason }, admin)).data.cooperative.status).toBe(
      "rejected",
    )
    expect((await api.get(`/cooperative/me`, staff)).data.cooperative).toMatchObject({
      status: "rejected",
      status_reason: reason,
    })
    const refused = await attempt(api.post(`/cooperative/products`, PRODUCT, staff))
    expect(refused.status).toBe(403)
    expect((refused.data as { message: string }).message).toMatch(/rejected your sign-up/)
    await waitFor(async () => (await emails(email, "cooperative-rejected")).length === 1, 10_000)
    expect((await emails(email, "cooperative-rejected"))[0]!.data).toMatchObject({ reason })
    expect((await api.get(`/admin/cooperatives?status=rejected`, admin)).data.cooperatives).toEqual([
      expect.objectContaining({ id, status_reason: reason }),
    ])
    // Only a cooperative waiting for review can be rejected.
    expect((await attempt(api.post(`/admin/cooperatives/${id}/reject`, { reason }, admin))).status).toBe(400)

    // The correction: a new licence, uploaded by the staff login this time.
    const licence_url = await uploadLicence(api, staff)
    const corrected = (await api.post(`/cooperative/me`, { licence_url }, staff)).data.cooperative
    expect(corrected).toMatchObject({ status: "pending", status_reason: null, licence_url })

    expect((await api.post(`/admin/cooperatives/${id}/approve`, {}, admin)).data.cooperative.status).toBe("approved")
    await waitFor(async () => (await emails(email, "cooperative-approved")).length === 1, 10_000)
    expect((await emails(email, "cooperative-approved"))[0]!.data).toMatchObject({ cooperative_name: "白杨村合作社" })
  })

  it("sends a renamed approved cooperative back to review: its products leave the store until re-approved", async () => {
    const yuanda = await loginCooperative(api, "yuanda@demo.fengshou.local")
    const { products } = (await api.get(`/store/products?limit=100&fields=id,handle`, store)).data
    const own = (await api.get(`/cooperative/products`, yuanda)).data.products as { id: string }[]
    const published = (await api.get(`/store/products?id=${own[0]!.id}&fields=id,*variants`, store)).data.products
    expect(published).toHaveLength(1)
    const variantId = published[0].variants[0].id as string
    const clash = await attempt(api.post(`/cooperative/me`, { name_zh: "北马村羊肚菌合作社" }, yuanda))
    expect(clash.status).toBe(400)
    expect((clash.data as { message: string }).message).toMatch(/already another cooperative's name/)
    const taken = await attempt(api.post(`/cooperative/me`, { credit_code: "93371003MA3C4D5E65" }, yuanda))
    expect(taken.status).toBe(400)
    expect((taken.data as { message: string }).message).toMatch(/already registered to another cooperative/)

    const renamed = (await api.post(`/cooperative/me`, { name_en: "Yuanda Farms" }, yuanda)).data.cooperative
    expect(renamed.status).toBe("pending")
    const row = (await api.get(`/admin/cooperatives?status=pending`, admin)).data.cooperatives.find(
      (c: { id: string }) => c.id === renamed.id,
    )
    expect(row.previous_identity).toMatchObject({
      name_zh: "远达农业种植专业合作社",
      approved_at: expect.any(String),
    })
    expect(row.previous_identity.name_en).not.toBe("Yuanda Farms")

    // Off the store: not listed, no page, not added to a cart; new products refused, placed orders still served.
    const listed = (await api.get(`/store/products?limit=100&fields=id`, store)).data.products as { id: string }[]
    expect(listed.length).toBeLessThan(products.length)
    expect(listed.map((p) => p.id)).not.toContain(own[0]!.id)
    expect((await attempt(api.get(`/store/products/${own[0]!.id}`, store))).status).toBe(404)
    const { data: cart } = await api.post(`/store/carts`, {}, store)
    const add = await attempt(
      api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, store),
    )
    expect(add.status).toBe(400)
    expect((add.data as { message: string }).message).toMatch(/reviewing again/)
    expect((await attempt(api.post(`/cooperative/products`, PRODUCT, yuanda))).status).toBe(403)
    expect((await api.get(`/cooperative/orders`, yuanda)).status).toBe(200)

    await api.post(`/admin/cooperatives/${renamed.id}/approve`, {}, admin)
    expect((await api.get(`/store/products/${own[0]!.id}`, store)).status).toBe(200)
    expect((await api.get(`/cooperative/me`, yuanda)).data.cooperative).toMatchObject({
      status: "approved",
      name_en: "Yuanda Farms",
    })
  })
})
