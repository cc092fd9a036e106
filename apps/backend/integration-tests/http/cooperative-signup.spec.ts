import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { CooperativeMeResponseSchema } from "@fengshou/store-contract"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoData } from "../../src/scripts/seed/index"
import { adminLogin, attempt, type Auth, registerCooperative } from "./cooperative-helpers"

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

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Auth
    let pending: Auth
    let pendingId: string

    beforeAll(async () => {
      await seedDemoData(getContainer(), { staticDir })
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
        [
          "/cooperative/households",
          { code: "HQ-001", size: 3, status: "registered_poor", village_code: "231223111204" },
        ],
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
  },
})
