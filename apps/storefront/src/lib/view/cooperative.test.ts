import type { StoreCooperative, StoreCooperativePage } from "@fengshou/store-contract"
import { describe, expect, it } from "vitest"
import { regionNames, toCooperativeCard, toCooperativeView, toProvenance } from "./cooperative"

const region = { province: "黑龙江省", city: "绥化市", county: "青冈县", township: "昌盛镇", village: "兴东村" }
const yuanda: StoreCooperativePage = {
  id: "coop_1",
  handle: "yuanda-coop",
  name_zh: "远达农业种植专业合作社",
  name_en: "Yuanda Planting Co-op",
  credit_code: "93231223MA1BXXXXXX",
  division_code: "231223111204",
  region,
  region_label: "黑龙江省 绥化市 青冈县 昌盛镇 兴东村",
  story_zh: "兴东村的小米。",
  story_en: "Millet from Xingdong.",
  benefit_mechanisms: ["supply", "dividend", "lottery"],
  households: 12,
  households_supported: 8,
  persons_supported: 27,
  certifications: [
    {
      id: "cocert_1",
      kind: "selenium_test",
      title_zh: "富硒检测报告",
      title_en: null,
      issuer: "检测中心",
      number: "",
      issued_on: "2025-09-01",
      expires_on: null,
      document_url: "javascript:alert(1)",
      test_report_url: "https://example.org/report.pdf",
      product_id: null,
      lot_id: "lot_1",
      expired: true,
      verified_at: "2026-12-01T08:00:00.000Z",
    },
    {
      id: "cocert_2",
      kind: "halal",
      title_zh: "其他",
      title_en: "Other",
      issuer: null,
      number: null,
      issued_on: null,
      expires_on: null,
      document_url: null,
      test_report_url: null,
      product_id: null,
      lot_id: null,
      expired: false,
      verified_at: null,
    },
  ],
  products: [
    { id: "prod_1", handle: "changsheng-millet", title: "昌盛小米", title_en: "Changsheng millet", thumbnail: "" },
  ],
}

describe("cooperative view", () => {
  it("names the region from province to village, skipping the placeholder levels", () => {
    expect(regionNames(region)).toEqual(["黑龙江省", "绥化市", "青冈县", "昌盛镇", "兴东村"])
    expect(
      regionNames({ province: "北京市", city: "市辖区", county: "东城区", township: null, village: null }),
    ).toEqual(["北京市", "东城区"])
    expect(regionNames(null)).toEqual([])
  })

  it("shows a card in the page's language with counts only", () => {
    const zh = toCooperativeCard(yuanda, "zh-CN")
    expect(zh).toMatchObject({ handle: "yuanda-coop", name: "远达农业种植专业合作社", village: "兴东村" })
    expect(zh).toMatchObject({ households: 12, householdsSupported: 8, personsSupported: 27 })
    expect(toCooperativeCard(yuanda, "en").name).toBe("Yuanda Planting Co-op")
  })

  it("falls back to Chinese where the English text is missing", () => {
    const view = toCooperativeView({ ...yuanda, story_en: null }, "en")
    expect(view.story).toBe("兴东村的小米。")
    expect(view.certifications[0]?.title).toBe("富硒检测报告")
    expect(view.products[0]).toEqual({
      id: "prod_1",
      handle: "changsheng-millet",
      title: "Changsheng millet",
      thumbnail: null,
    })
  })

  it("keeps only links that are http(s), known mechanisms and known certification kinds", () => {
    const view = toCooperativeView(yuanda, "zh-CN")
    expect(view.benefitMechanisms).toEqual(["supply", "dividend"])
    const [selenium, unknown] = view.certifications
    expect(selenium).toMatchObject({
      kind: "selenium_test",
      number: null,
      documentUrl: null,
      testReportUrl: "https://example.org/report.pdf",
    })
    expect(unknown?.kind).toBe("other")
  })

  it("carries the backend's expired flag, the operator's verification and what each certificate covers", () => {
    const [lotReport, whole] = toCooperativeView(yuanda, "zh-CN").certifications
    expect(lotReport).toMatchObject({ expired: true, verified: true, scope: "lot" })
    expect(whole).toMatchObject({ expired: false, verified: false, scope: "cooperative" })
  })

  it("treats missing or broken counts as zero", () => {
    const card = toCooperativeCard({ ...yuanda, households: -1, persons_supported: 2.5 } as StoreCooperative, "zh-CN")
    expect([card.households, card.personsSupported]).toEqual([0, 0])
  })

  it("turns a product's cooperative link into a provenance card, or null without one", () => {
    expect(toProvenance(yuanda, "en")).toEqual({
      handle: "yuanda-coop",
      name: "Yuanda Planting Co-op",
      village: "兴东村",
      region: ["黑龙江省", "绥化市", "青冈县", "昌盛镇", "兴东村"],
    })
    expect(toProvenance(null, "zh-CN")).toBeNull()
    expect(toProvenance(undefined, "zh-CN")).toBeNull()
  })
})
