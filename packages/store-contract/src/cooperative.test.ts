import { describe, expect, it } from "vitest"
import {
  ProductCooperativeSchema,
  StoreCooperativeListResponseSchema,
  StoreCooperativePageResponseSchema,
} from "./cooperative"
import { TraceResponseSchema } from "./trace"

const region = { province: "黑龙江省", city: "绥化市", county: "青冈县", township: "昌盛镇", village: "兴东村" }
const certification = {
  id: "cocert_01",
  kind: "organic_conversion",
  title_zh: "有机转换认证",
  title_en: "Organic conversion certificate",
  issuer: "中绿华夏有机产品认证中心",
  number: null,
  issued_on: "2025-03-01",
  expires_on: null,
  document_url: null,
  test_report_url: "https://example.org/report.pdf",
  product_id: null,
  lot_id: null,
  expired: false,
  verified_at: null,
}
const yuanda = {
  id: "coop_01",
  handle: "yuanda",
  name_zh: "远达农业种植专业合作社",
  name_en: "Yuanda Planting Co-op",
  credit_code: "93231223MA1BXXXXXX",
  division_code: "231223111204",
  region,
  region_label: "黑龙江省 绥化市 青冈县 昌盛镇 兴东村",
  story_zh: "兴东村的小米。",
  story_en: null,
  benefit_mechanisms: ["supply", "dividend"],
  households: 12,
  households_supported: 8,
  persons_supported: 27,
  certifications: [certification],
}

describe("public cooperatives", () => {
  it("parses the list and a page as the backend sends them", () => {
    const list = StoreCooperativeListResponseSchema.parse({ cooperatives: [yuanda], count: 1, limit: 100, offset: 0 })
    expect(list.cooperatives[0]?.certifications[0]?.kind).toBe("organic_conversion")
    const products = [
      { id: "prod_01", handle: "changsheng-millet", title: "昌盛小米", title_en: null, thumbnail: null },
    ]
    const page = StoreCooperativePageResponseSchema.parse({ cooperative: { ...yuanda, products } })
    expect(page.cooperative.products).toEqual(products)
  })

  it("names the path of what does not match", () => {
    const broken = { cooperatives: [{ ...yuanda, households_supported: "8" }], count: 1, limit: 100, offset: 0 }
    const result = StoreCooperativeListResponseSchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(["cooperatives", 0, "households_supported"])
    expect(StoreCooperativePageResponseSchema.safeParse({ cooperative: yuanda }).success).toBe(false) // no products
  })

  it("parses the cooperative a product carries, with or without its division code", () => {
    expect(
      ProductCooperativeSchema.parse({ handle: "yuanda", name_zh: "远达", name_en: "Yuanda", region }).handle,
    ).toBe("yuanda")
    expect(ProductCooperativeSchema.safeParse({ handle: "yuanda", name_zh: "远达", region }).success).toBe(false)
  })
})

describe("trace", () => {
  const trace = {
    trace_code: "7K3M9QXW2B8CDFGH",
    harvest_date: "2025-10-01",
    quantity_g: 100_000,
    certificate: {
      product: "兴东玉米碴",
      quantity: "100 kg",
      producer: "远达农业种植专业合作社",
      origin: "青冈县昌盛镇兴东村",
      date: "2025-10-01",
    },
    product: {
      id: "prod_01",
      handle: "xingdong-corn-grits",
      title: "兴东玉米碴",
      thumbnail: null,
      variant_title: "2 kg",
      weight_g: 2000,
    },
    cooperative: { handle: "yuanda", name_zh: "远达农业种植专业合作社", name_en: "Yuanda Planting Co-op" },
    village: { division_code: "231223111204", names: region, label: "黑龙江省 绥化市 青冈县 昌盛镇 兴东村" },
    contributing_households: 2,
    certifications: [{ ...certification, lot_id: "lot_01", expires_on: "2025-12-31", expired: true }],
  }

  it("parses a lot's provenance, and one whose product is gone", () => {
    expect(TraceResponseSchema.parse({ trace }).trace.contributing_households).toBe(2)
    expect(
      TraceResponseSchema.parse({ trace: { ...trace, product: null, certificate: null } }).trace.product,
    ).toBeNull()
  })

  it("refuses fractional lot grams and a missing cooperative", () => {
    expect(TraceResponseSchema.safeParse({ trace: { ...trace, quantity_g: 2.5 } }).success).toBe(false)
    const { cooperative: _gone, ...withoutCooperative } = trace
    expect(TraceResponseSchema.safeParse({ trace: withoutCooperative }).success).toBe(false)
  })
})
