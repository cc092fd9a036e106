import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import {
  CooperativeHouseholdResponseSchema,
  CooperativeLotListResponseSchema,
  CooperativeLotResponseSchema,
  CooperativeProductResponseSchema,
  ProductCooperativeSchema,
  StoreCooperativeListResponseSchema,
  StoreCooperativePageResponseSchema,
  TraceResponseSchema,
} from "@fengshou/store-contract"
import { topic } from "../runner"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { seedDemoData } from "../../src/scripts/seed/index"
import { attempt, type Auth, loginCooperative } from "./cooperative-helpers"

// A cooperative's products, households and lots, and what the public may see of them.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const PRODUCT = {
  handle: "xingdong-corn-grits",
  title_zh: "兴东玉米碴",
  title_en: "Xingdong Corn Grits",
  description_en: "Stone-ground corn grits.",
  variants: [{ title: "2 kg", sku: "YD-GRITS-2000", weight_g: 2000, price_fen: 1234, stock: 50 }],
}
const PERSONAL = [
  { name: "王秀兰", id_number: "11010519491231002X" },
  { name: "李建国", id_number: "110105195001010012" },
]

export default topic("cooperative-catalog", ({ api, getContainer }) => {
  let A: Auth
  let store: Auth & { regionId: string }
  let product: { id: string; variants: { id: string }[] }
  let households: { id: string; code: string }[]
  let lot: { id: string; trace_code: string }

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    store = { headers: { "x-publishable-api-key": seeded.publishableKey }, regionId: seeded.regionId }
    A = await loginCooperative(api, "yuanda@demo.fengshou.local")
    product = (await api.post(`/cooperative/products`, PRODUCT, A)).data.product
    households = []
    for (const [i, p] of PERSONAL.entries()) {
      const body = { code: `XD-10${i}`, size: 3 + i, status: "registered_poor", village_code: "231223111204", ...p }
      households.push((await api.post(`/cooperative/households`, body, A)).data.household)
    }
    const contributions = households.map((h) => ({
      household_id: h.id,
      quantity_g: 30_000,
      farmgate_fen_per_kg: 240,
    }))
    const body = {
      variant_id: product.variants[0]!.id,
      harvest_date: "2025-10-01",
      quantity_g: 100_000,
      contributions,
    }
    lot = (await api.post(`/cooperative/lots`, body, A)).data.lot
  })

  it("sells a new product at its fen price, in English too, with its cooperative on the store API", async () => {
    const q = `handle=${PRODUCT.handle}&region_id=${store.regionId}&fields=title,*variants.calculated_price,*cooperative`
    const [p] = (await api.get(`/store/products?${q}`, store)).data.products
    expect(p.title).toBe("兴东玉米碴")
    expect(p.variants[0].calculated_price.calculated_amount).toBe(12.34)
    expect(p.cooperative).toMatchObject({ handle: "yuanda", name_zh: "远达农业种植专业合作社" })
    ProductCooperativeSchema.parse(p.cooperative)
    const [en] = (await api.get(`/store/products?handle=${PRODUCT.handle}&locale=en-US&fields=title`, store)).data
      .products
    expect(en.title).toBe("Xingdong Corn Grits")
    const [seeded] = (await api.get(`/store/products?handle=fresh-morels&fields=*cooperative`, store)).data.products
    expect(seeded.cooperative.handle).toBe("beima")
    expect((await attempt(api.get(`/store/products?fields=*cooperative.households`, store))).data).not.toHaveProperty(
      "products.0.cooperative.households",
    )
  })

  it("edits prices (fen), stock and the English title of the cooperative's own product", async () => {
    const variant = { id: product.variants[0]!.id, price_fen: 1500, stock: 7 }
    const benefit_override = { benefit_mechanisms: ["supply", "dividend"], dividend_bps: 300 }
    const { data } = await api.post(
      `/cooperative/products/${product.id}`,
      { title_en: "Corn Grits", variants: [variant], benefit_override },
      A,
    )
    CooperativeProductResponseSchema.parse(data)
    expect(data.product).toMatchObject({
      title_en: "Corn Grits",
      title_zh: "兴东玉米碴",
      description_en: "Stone-ground corn grits.",
      benefit_override,
    })
    expect(data.product.variants[0]).toMatchObject({ price_fen: 1500, stock: { stocked: 7 } })
    const q = `handle=${PRODUCT.handle}&region_id=${store.regionId}&fields=*variants.calculated_price`
    expect(
      (await api.get(`/store/products?${q}`, store)).data.products[0].variants[0].calculated_price.calculated_amount,
    ).toBe(15)
  })

  it("keeps household names encrypted and ID numbers only as a hash, shown to the owning cooperative only", async () => {
    const { data } = await api.get(`/cooperative/households/${households[0]!.id}`, A)
    CooperativeHouseholdResponseSchema.parse(data)
    expect(data.household).toMatchObject({ code: "XD-100", name: "王秀兰", has_id_number: true })
    expect(JSON.stringify(data)).not.toContain("11010519491231002X")
    const rows = await getContainer()
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .listHouseholds({ id: households[0]!.id })
    expect(JSON.stringify(rows)).not.toMatch(/王秀兰|11010519491231002X/)
    const again = await attempt(
      api.post(
        `/cooperative/households`,
        { code: "XD-199", size: 1, status: "member", village_code: "231223111204", id_number: "11010519491231002x" },
        A,
      ),
    )
    expect(again.status).toBe(400)
    expect((again.data as { message: string }).message).toMatch(/ID number is already on your roster \(as XD-100\)/)
  })

  it("rejects bad lots and contributions with a 400 that says what to fix, writing nothing", async () => {
    const base = { variant_id: product.variants[0]!.id, harvest_date: "2025-10-02", quantity_g: 10_000 }
    const one = (change: object) => ({
      ...base,
      contributions: [{ household_id: households[0]!.id, quantity_g: 1000, farmgate_fen_per_kg: 240, ...change }],
    })
    const cases: [string, object, RegExp][] = [
      ["/cooperative/lots", { ...base, quantity_g: -5 }, /quantity_g must be a positive whole number of grams/],
      ["/cooperative/lots", { ...base, quantity_g: 2.5 }, /quantity_g must be a positive whole number of grams/],
      ["/cooperative/lots", { ...base, harvest_date: "2025-02-30" }, /harvest_date must be a calendar date/],
      ["/cooperative/lots", one({ household_id: "hh_unknown" }), /unknown household hh_unknown/],
      ["/cooperative/lots", one({ quantity_g: 20_000 }), /add up to 20000 g but the lot holds only 10000 g/],
      [
        "/cooperative/lots",
        one({ farmgate_fen_per_kg: 2.4 }),
        /farmgate_fen_per_kg must be a non-negative whole number of fen/,
      ],
      [
        `/cooperative/lots/${lot.id}/contributions`,
        { contributions: [{ household_id: households[0]!.id, quantity_g: 1, farmgate_fen_per_kg: 1 }] },
        /XD-100 already has a contribution/,
      ],
      [
        `/cooperative/lots/${lot.id}/contributions`,
        { contributions: [{ household_id: "hh_x", quantity_g: 50_000, farmgate_fen_per_kg: 1 }] },
        /unknown household/,
      ],
      [
        "/cooperative/households",
        { code: "XD-300", size: 2, status: "member", village_code: "231223111999" },
        /231223111999 is not in the national division data/,
      ],
      [
        "/cooperative/households",
        { code: "王家", size: 2, status: "member", village_code: "231223111204" },
        /pseudonymous code like XD-001/,
      ],
      [
        "/cooperative/products",
        { ...PRODUCT, handle: "x-1", variants: [{ title: "1 kg", weight_g: 1000, price_fen: 12.5 }] },
        /price_fen must be a non-negative whole number of fen/,
      ],
      [
        "/cooperative/products",
        { ...PRODUCT, handle: "x-2", variants: [{ title: "1 kg", weight_g: -1, price_fen: 100 }] },
        /weight_g must be a positive whole number of grams/,
      ],
    ]
    for (const [url, body, message] of cases) {
      const res = await attempt(api.post(url, body, A))
      expect({ url, status: res.status, message: (res.data as { message: string }).message }).toEqual({
        url,
        status: 400,
        message: expect.stringMatching(message),
      })
    }
    expect(
      CooperativeLotListResponseSchema.parse(
        (await api.get(`/cooperative/lots?variant_id=${product.variants[0]!.id}`, A)).data,
      ).lots,
    ).toHaveLength(1)
    expect(
      CooperativeLotResponseSchema.parse((await api.get(`/cooperative/lots/${lot.id}`, A)).data).lot.contributed_g,
    ).toBe(60_000)
  })

  it("shows the provenance behind a trace code, counting households without naming them", async () => {
    const { data } = await api.get(`/store/trace/${lot.trace_code.toLowerCase()}`, store)
    TraceResponseSchema.parse(data)
    expect(data.trace).toMatchObject({
      trace_code: lot.trace_code,
      harvest_date: "2025-10-01",
      quantity_g: 100_000,
      contributing_households: 2,
      product: { handle: PRODUCT.handle, variant_title: "2 kg" },
      cooperative: { handle: "yuanda" },
      village: { division_code: "231223111204", label: "黑龙江省 绥化市 青冈县 昌盛镇 兴东村委会" },
      certificate: {
        product: "兴东玉米碴 2 kg",
        quantity: "100 kg",
        producer: "远达农业种植专业合作社",
        date: "2025-10-01",
      },
    })
    expect((await attempt(api.get(`/store/trace/ZZZZZZZZZZZZZZZZ`, store))).status).toBe(404)
    expect((await attempt(api.get(`/store/trace/not-a-code`, store))).status).toBe(404)
  })

  it("lists approved cooperatives with counts only, and never a household's identity on public routes", async () => {
    const list = (await api.get(`/store/cooperatives`, store)).data
    StoreCooperativeListResponseSchema.parse(list)
    expect(list.cooperatives.map((c: { handle: string }) => c.handle)).toEqual([
      "beima",
      "daqiao",
      "tuanjie",
      "tubaoying",
      "yangchanggou",
      "yuanda",
    ])
    const yuandaCard = list.cooperatives.find((c: { handle: string }) => c.handle === "yuanda")
    expect(yuandaCard.certifications.map((c: { kind: string }) => c.kind).sort()).toEqual([
      "organic_conversion",
      "selenium_test",
      "trademark",
    ])
    const { cooperative } = (await api.get(`/store/cooperatives/yuanda`, store)).data
    StoreCooperativePageResponseSchema.parse({ cooperative })
    expect(cooperative).toMatchObject({
      households: 10,
      region: { village: "兴东村委会" },
      region_label: expect.stringContaining("青冈县"),
    })
    expect(cooperative.households_supported).toBeGreaterThanOrEqual(2)
    expect(cooperative.persons_supported).toBeGreaterThanOrEqual(7)
    expect(cooperative.certifications.map((c: { kind: string }) => c.kind).sort()).toEqual([
      "organic_conversion",
      "selenium_test",
      "trademark",
    ])
    expect(cooperative.products.map((p: { handle: string }) => p.handle)).toEqual(
      expect.arrayContaining(["changsheng-millet", PRODUCT.handle]),
    )
    const bodies = [
      list,
      cooperative,
      (await api.get(`/store/trace/${lot.trace_code}`, store)).data,
      (await api.get(`/store/products?fields=*cooperative&limit=50`, store)).data,
    ].map((b) => JSON.stringify(b))
    const forbidden = [
      ...PERSONAL.flatMap((p) => [p.name, p.id_number]),
      "XD-0",
      "XD-1",
      "name_ciphertext",
      "id_number",
      ...households.map((h) => h.id),
    ]
    for (const json of bodies) expect(forbidden.filter((f) => json.includes(f))).toEqual([])
    expect((await attempt(api.get(`/store/cooperatives/no-such-coop`, store))).status).toBe(404)
  })
})
