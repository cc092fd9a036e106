import type { Trace } from "@fengshou/store-contract"
import { describe, expect, it } from "vitest"
import { normalizeTraceCode, toTraceView } from "./trace"

const traceFixture: Trace = {
  trace_code: "7K3M9QXW2B8CDFGH",
  harvest_date: "2025-09-20",
  quantity_g: 125_000,
  certificate: {
    product: "昌盛小米",
    quantity: "250斤",
    producer: "远达农业种植专业合作社",
    origin: "青冈县昌盛镇兴东村",
    date: "2025-09-21",
  },
  product: {
    id: "prod_1",
    handle: "changsheng-millet",
    title: "昌盛小米",
    thumbnail: null,
    variant_title: "2.5 kg",
    weight_g: 2500,
  },
  cooperative: { handle: "yuanda-coop", name_zh: "远达农业种植专业合作社", name_en: "Yuanda Planting Co-op" },
  village: {
    division_code: "231223111204",
    names: { province: "黑龙江省", city: "绥化市", county: "青冈县", township: "昌盛镇", village: "兴东村" },
    label: "黑龙江省 绥化市 青冈县 昌盛镇 兴东村",
  },
  contributing_households: 2,
  certifications: [],
}

describe("trace view", () => {
  it("accepts 16 Crockford base32 characters in either case, and nothing else", () => {
    expect(normalizeTraceCode(" 7k3m9qxw2b8cdfgh ")).toBe("7K3M9QXW2B8CDFGH")
    expect(normalizeTraceCode("7K3M9QXW2B8CDFG")).toBeNull()
    expect(normalizeTraceCode("7K3M9QXW2B8CDFGI")).toBeNull()
    expect(normalizeTraceCode("../../admin/users")).toBeNull()
  })

  it("shows the lot's weight in 斤 first in Chinese and in kg first in English", () => {
    expect(toTraceView(traceFixture, "zh-CN").quantity).toEqual({
      grams: 125_000,
      primary: "250斤",
      secondary: "125 kg",
    })
    expect(toTraceView(traceFixture, "en").quantity).toEqual({
      grams: 125_000,
      primary: "125 kg",
      secondary: "250 jin",
    })
  })

  it("carries the certificate, the village and the number of households, never who they are", () => {
    const view = toTraceView(traceFixture, "en")
    expect(view).toMatchObject({
      code: "7K3M9QXW2B8CDFGH",
      product: { handle: "changsheng-millet", title: "昌盛小米", size: "2.5 kg" },
      cooperative: { handle: "yuanda-coop", name: "Yuanda Planting Co-op" },
      village: "兴东村",
      contributingHouseholds: 2,
    })
    expect(view.certificate).toEqual(traceFixture.certificate)
  })

  it("drops a certificate that lacks its fields, and a lot without product", () => {
    const view = toTraceView({ ...traceFixture, certificate: { product: "昌盛小米" }, product: null }, "zh-CN")
    expect(view.certificate).toBeNull()
    expect(view.product).toBeNull()
  })
})
