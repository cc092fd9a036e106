import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { shanghaiDate } from "@fengshou/relief-core"
import { CertificationSchema, TraceResponseSchema } from "@fengshou/store-contract"
import { topic } from "../runner"
import { seedDemoData } from "../../src/scripts/seed/index"
import { adminLogin, attempt, type Auth, loginCooperative } from "./cooperative-helpers"

// Certificates per product or lot (#15): validity in China time on the product payload and the trace, ownership
// (another cooperative's product or lot is a 404), and the operator's verification badge.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
type Cert = {
  id: string
  product_id: string | null
  lot_id: string | null
  expired: boolean
  verified_at: string | null
}

export default topic("cooperative-certificates", ({ api, getContainer }) => {
  let store: Auth
  let A: Auth
  let B: Auth
  let milletId: string
  let lot: { id: string; trace_code: string }
  let otherProductId: string
  let otherLotId: string
  const today = shanghaiDate(new Date())
  const yesterday = shanghaiDate(new Date(Date.now() - 86_400_000))
  const cert = (extra: Record<string, unknown>) => ({
    kind: "green_food",
    title_zh: "绿色食品证书",
    issuer: "中国绿色食品发展中心",
    number: "LB-15-0001",
    issued_on: "2024-01-01",
    ...extra,
  })
  const create = (body: Record<string, unknown>, auth = A) =>
    attempt(api.post(`/cooperative/me/certifications`, body, auth)) as Promise<{
      status: number
      data: { certification?: Cert; message?: string }
    }>
  const storeCerts = async () => {
    const { data } = await api.get(`/store/products?handle=changsheng-millet&fields=+certifications`, store)
    return (data.products[0].certifications as unknown[]).map((c) => CertificationSchema.parse(c) as Cert)
  }

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    A = await loginCooperative(api, "yuanda@demo.fengshou.local")
    B = await loginCooperative(api, "beima@demo.fengshou.local")
    const mine = (await api.get(`/cooperative/products?limit=100`, A)).data.products as {
      id: string
      handle: string
    }[]
    milletId = mine.find((p) => p.handle === "changsheng-millet")!.id
    lot = (await api.get(`/cooperative/lots?product_id=${milletId}`, A)).data.lots[0]
    otherProductId = (await api.get(`/cooperative/products?limit=1`, B)).data.products[0].id
    otherLotId = (await api.get(`/cooperative/lots?limit=1`, B)).data.lots[0].id
  })

  it("marks a certificate that ended yesterday (China time) expired on the product payload and the trace", async () => {
    const ended = await create(cert({ product_id: milletId, expires_on: yesterday }))
    const endsToday = await create(cert({ product_id: milletId, expires_on: today, number: "LB-15-0002" }))
    const lotReport = await create(cert({ lot_id: lot.id, kind: "selenium_test", expires_on: yesterday }))
    expect([ended.status, endsToday.status, lotReport.status]).toEqual([201, 201, 201])
    expect(ended.data.certification).toMatchObject({ product_id: milletId, lot_id: null, expired: true })
    expect(lotReport.data.certification).toMatchObject({ product_id: null, lot_id: lot.id, expired: true })

    const onProduct = await storeCerts()
    const byId = (id: string) => onProduct.find((c) => c.id === id)
    expect(byId(ended.data.certification!.id)?.expired).toBe(true)
    expect(byId(endsToday.data.certification!.id)?.expired).toBe(false)
    // A lot's certificate speaks for its product too.
    expect(byId(lotReport.data.certification!.id)?.lot_id).toBe(lot.id)

    const { data } = await api.get(`/store/trace/${lot.trace_code}`, store)
    TraceResponseSchema.parse(data)
    const onTrace = (data.trace.certifications as unknown[]).map((c) => CertificationSchema.parse(c) as Cert)
    const traced = new Map(onTrace.map((c) => [c.id, c.expired]))
    expect(traced.get(lotReport.data.certification!.id)).toBe(true)
    expect(traced.get(ended.data.certification!.id)).toBe(true)
    expect(traced.get(endsToday.data.certification!.id)).toBe(false)

    // The product page by id carries them as well; without the field, nothing is added.
    const single = await api.get(`/store/products/${milletId}?fields=+certifications`, store)
    expect(single.data.product.certifications.length).toBe(onProduct.length)
    const plain = await api.get(`/store/products/${milletId}`, store)
    expect(plain.data.product.certifications).toBeUndefined()
  })

  it("refuses another cooperative's product or lot with a 404, and bad combinations with a 400", async () => {
    const before = (await api.get(`/cooperative/me/certifications`, A)).data.certifications.length
    const otherProduct = await create(cert({ product_id: otherProductId, expires_on: today }))
    expect(otherProduct.status).toBe(404)
    expect(otherProduct.data.message).toMatch(/not found in your cooperative/)
    expect((await create(cert({ lot_id: otherLotId }))).status).toBe(404)
    const both = await create(cert({ product_id: milletId, lot_id: lot.id }))
    expect(both.status).toBe(400)
    expect(both.data.message).toMatch(/product_id or lot_id, not both/)
    const backwards = await create(cert({ product_id: milletId, issued_on: today, expires_on: yesterday }))
    expect(backwards.status).toBe(400)
    expect(backwards.data.message).toMatch(/expires_on must be on or after issued_on/)
    expect((await api.get(`/cooperative/me/certifications`, A)).data.certifications.length).toBe(before)
    // B never sees A's certificates, and cannot delete them.
    const mine = (await api.get(`/cooperative/me/certifications`, A)).data.certifications as Cert[]
    const theirs = (await api.get(`/cooperative/me/certifications`, B)).data.certifications as Cert[]
    expect(theirs.some((c) => mine.some((m) => m.id === c.id))).toBe(false)
    expect((await attempt(api.delete(`/cooperative/me/certifications/${mine[0]!.id}`, B))).status).toBe(404)
  })

  it("lets only the operator verify: verified_at reaches the store payload, and unverify takes it back", async () => {
    const { data } = await create(cert({ product_id: milletId, expires_on: today, number: "LB-15-0003" }))
    const id = data.certification!.id
    expect(data.certification!.verified_at).toBeNull()
    expect((await attempt(api.post(`/admin/certifications/${id}/verify`, {}, A))).status).toBe(401)
    expect((await attempt(api.post(`/admin/certifications/${id}/verify`, {}))).status).toBe(401)
    expect((await storeCerts()).find((c) => c.id === id)?.verified_at).toBeNull()

    const admin = await adminLogin(api, getContainer())
    const verified = await api.post(`/admin/certifications/${id}/verify`, {}, admin)
    expect(verified.data.certification.verified_by).toMatch(/^user_/)
    expect((await storeCerts()).find((c) => c.id === id)?.verified_at).toBe(verified.data.certification.verified_at)
    const listed = await api.get(`/admin/certifications?product_id=${milletId}`, admin)
    expect((listed.data.certifications as Cert[]).some((c) => c.id === id && c.verified_at)).toBe(true)
    expect((await attempt(api.post(`/admin/certifications/cocert_missing/verify`, {}, admin))).status).toBe(404)

    await api.post(`/admin/certifications/${id}/unverify`, {}, admin)
    expect((await storeCerts()).find((c) => c.id === id)?.verified_at).toBeNull()

    await api.delete(`/cooperative/me/certifications/${id}`, A)
    expect((await storeCerts()).some((c) => c.id === id)).toBe(false)
  })

  it("seeds one valid product certificate and one expired lot certificate on the demo millet", async () => {
    const numbers = new Map(
      ((await api.get(`/cooperative/me/certifications`, A)).data.certifications as (Cert & { number: string })[]).map(
        (c) => [c.number, c],
      ),
    )
    expect(numbers.get("LB-15-2306120345A")).toMatchObject({ product_id: milletId, expired: false })
    expect(numbers.get("SH-2025-0117")).toMatchObject({ lot_id: expect.any(String), expired: true })
    // The cooperative's card and page show its own certificates only; product and lot ones are on the product.
    const page = (await api.get(`/store/cooperatives/yuanda`, store)).data.cooperative
    const onPage = (page.certifications as (Cert & { number: string | null })[]).map((c) => c.number)
    expect(onPage).not.toContain("LB-15-2306120345A")
    expect(onPage).not.toContain("SH-2025-0117")
    const onProduct = new Set((await storeCerts()).map((c) => c.id))
    expect(onProduct.has(numbers.get("SH-2025-0117")!.id)).toBe(true)
  })
})
