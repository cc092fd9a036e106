import { describe, expect, it } from "vitest"
import { toProductCard, toProductView, type WireProduct } from "./product"

const cny = (calculated_amount: number | null) => ({ calculated_amount, currency_code: "cny" })

const millet: WireProduct = {
  id: "prod_1",
  handle: "changsheng-millet",
  title: "昌盛小米",
  subtitle: "兴东村 · 青冈县",
  description: "黑土地上的小米",
  thumbnail: "http://localhost:9000/static/millet.svg",
  categories: [{ id: "pcat_1", name: "粮油" }],
  variants: [
    { id: "v_5kg", title: "5 kg", weight: 5000, calculated_price: cny(69.9) },
    { id: "v_2_5kg", title: "2.5 kg", weight: 2500, calculated_price: cny(39.9) },
  ],
}

describe("toProductView", () => {
  it("maps a Medusa product for Chinese readers", () => {
    const view = toProductView(millet, "zh-CN")
    expect(view.origin).toBe("兴东村 · 青冈县")
    expect(view.categories).toEqual(["粮油"])
    expect(view.fromPrice).toEqual({ fen: 3990, formatted: "¥39.90" })
    expect(view.variants.map((v) => v.id)).toEqual(["v_2_5kg", "v_5kg"])
    expect(view.variants[0]).toEqual({
      id: "v_2_5kg",
      title: "2.5 kg",
      weight: { grams: 2500, primary: "5斤", secondary: "2.5 kg" },
      price: { fen: 3990, formatted: "¥39.90" },
      unitPrice: "¥7.98/斤",
    })
    expect(view.variants[1]?.unitPrice).toBe("¥6.99/斤")
  })

  it("shows kg unit prices in English", () => {
    const view = toProductView(millet, "en")
    expect(view.variants[0]?.weight?.primary).toBe("2.5 kg")
    expect(view.variants[0]?.unitPrice).toBe("¥15.96/kg")
  })

  it("leaves price and unit price empty when Medusa has no CNY price", () => {
    const view = toProductView(
      {
        ...millet,
        variants: [
          { id: "a", title: "no price", weight: 500, calculated_price: cny(null) },
          { id: "b", title: "usd", weight: 500, calculated_price: { calculated_amount: 5, currency_code: "usd" } },
          { id: "c", title: "no weight", weight: null, calculated_price: cny(12.5) },
        ],
      },
      "zh-CN",
    )
    expect(view.variants.map((v) => [v.id, v.price?.fen ?? null, v.unitPrice])).toEqual([
      ["a", null, null],
      ["b", null, null],
      ["c", 1250, null],
    ])
    expect(view.fromPrice?.formatted).toBe("¥12.50")
  })

  it("turns empty strings and missing relations into nulls", () => {
    const view = toProductView({ ...millet, subtitle: "", thumbnail: "", categories: null, variants: null }, "en")
    expect(view).toMatchObject({ origin: null, thumbnail: null, categories: [], variants: [], fromPrice: null })
  })
})

describe("toProductView images, freshness and grower", () => {
  it("lists each image once, thumbnail first, and reads cold chain and province", () => {
    const view = toProductView(
      {
        ...millet,
        images: [{ url: "http://localhost:9000/static/a.jpg" }, { url: millet.thumbnail }, { url: null }],
        metadata: { cold_chain: true },
        cooperative: {
          handle: "changsheng",
          name_zh: "昌盛",
          name_en: "Changsheng",
          division_code: "231223100201",
          region: { province: "黑龙江省", city: null, county: null, township: null, village: null },
        },
      },
      "zh-CN",
    )
    expect(view.images).toEqual([millet.thumbnail, "http://localhost:9000/static/a.jpg"])
    expect(view.coldChain).toBe(true)
    expect(view.grower).toEqual({ cooperativeHandle: "changsheng", provinceCode: "23", province: "黑龙江省" })
  })

  it("treats a truthy but non-boolean cold_chain as ambient", () => {
    expect(toProductView({ ...millet, metadata: { cold_chain: "yes" } }, "zh-CN").coldChain).toBe(false)
  })
})

describe("toProductCard", () => {
  it("keeps only what a card shows", () => {
    expect(toProductCard(millet, "zh-CN")).toEqual({
      id: "prod_1",
      handle: "changsheng-millet",
      title: "昌盛小米",
      origin: "兴东村 · 青冈县",
      thumbnail: "http://localhost:9000/static/millet.svg",
      fromPrice: { fen: 3990, formatted: "¥39.90" },
      createdAt: null,
      coldChain: false,
      grower: null,
    })
  })

  it("carries when the product was listed, for sorting", () => {
    expect(toProductCard({ ...millet, created_at: "2026-11-22T09:44:23.217Z" }, "en").createdAt).toBe(
      "2026-11-22T09:44:23.217Z",
    )
  })
})
