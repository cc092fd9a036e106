import { describe, expect, it } from "vitest"
import { errorsByField } from "@/lib/schemas/field-errors"
import { percentToBps, PRODUCT_FIELD_ERRORS, productFormSchema, weightToGrams } from "./product-form"

const base = {
  titleZh: "小米",
  titleEn: "Millet",
  descriptionZh: "",
  descriptionEn: "",
  categoryId: "pcat_1",
  benefit: "follow",
  "new.0.title": "2.5 kg",
  "new.0.weight": "2.5",
  "new.0.unit": "kg",
  "new.0.price": "39.9",
  "new.0.stock": "12",
}
const errors = (values: Record<string, string>) => {
  const parsed = productFormSchema.safeParse(values)
  return parsed.success ? {} : errorsByField(PRODUCT_FIELD_ERRORS, parsed.error.issues)
}

describe("weightToGrams", () => {
  it("turns kg into whole grams and takes grams as typed", () => {
    expect(weightToGrams("2.5", "kg")).toBe(2500)
    expect(weightToGrams("0,75", "kg")).toBe(750)
    expect(weightToGrams("500", "g")).toBe(500)
  })
  it("refuses fractions of a gram, zero, more than a tonne and words", () => {
    expect(weightToGrams("0.0005", "kg")).toBeNull()
    expect(weightToGrams("2.5", "g")).toBeNull()
    expect(weightToGrams("0", "kg")).toBeNull()
    expect(weightToGrams("1001", "kg")).toBeNull()
    expect(weightToGrams("two", "kg")).toBeNull()
  })
})

describe("percentToBps", () => {
  it("reads percent with up to two decimals as basis points, 0 to 100", () => {
    expect(percentToBps("12.5")).toBe(1250)
    expect(percentToBps("0")).toBe(0)
    expect(percentToBps("100")).toBe(10_000)
    expect(percentToBps("3.05")).toBe(305)
    expect(percentToBps("100.01")).toBeNull()
    expect(percentToBps("1.234")).toBeNull()
  })
})

describe("productFormSchema", () => {
  it("builds a new product's body in fen and grams, published when that button was pressed", () => {
    const parsed = productFormSchema.parse({
      ...base,
      status: "published",
      coldChain: "on",
      "image.1": "b",
      "image.0": "a",
    })
    expect(parsed.productId).toBeNull()
    expect(parsed.body).toEqual({
      title_zh: "小米",
      title_en: "Millet",
      description_zh: null,
      description_en: null,
      category_id: "pcat_1",
      cold_chain: true,
      images: ["a", "b"],
      benefit_override: null,
      status: "published",
      variants: [{ title: "2.5 kg", weight_g: 2500, price_fen: 3990, stock: 12 }],
    })
  })

  it("sends an edit's sizes by id and its added sizes apart, keeping the status unless a button set it", () => {
    const parsed = productFormSchema.parse({
      ...base,
      productId: "prod_1",
      "size.0.id": "variant_1",
      "size.0.title": "500 g",
      "size.0.price": "10",
      "size.0.stock": "3",
      "new.0.weight": "750",
      "new.0.unit": "g",
      "new.0.title": "750 g",
    })
    expect(parsed.productId).toBe("prod_1")
    expect(parsed.body).not.toHaveProperty("status")
    expect(parsed.body.variants).toEqual([{ id: "variant_1", title: "500 g", price_fen: 1000, stock: 3 }])
    expect(parsed.body).toHaveProperty("new_variants", [{ title: "750 g", weight_g: 750, price_fen: 3990, stock: 12 }])
    const { titleZh, titleEn } = base
    const sizesOnly = { titleZh, titleEn, productId: "prod_1", "size.0.id": "v1", "size.0.title": "1 kg" }
    const unchanged = productFormSchema.parse({ ...sizesOnly, "size.0.price": "9", "size.0.stock": "0" })
    expect(unchanged.body).not.toHaveProperty("new_variants")
  })

  it("names each bad field with its own key", () => {
    expect(
      errors({
        ...base,
        titleZh: " ",
        "new.0.weight": "2.5",
        "new.0.unit": "g",
        "new.0.price": "39.999",
        "new.0.stock": "-1",
        "new.1.title": "2.5 kg",
        "new.1.weight": "1",
        "new.1.price": "",
        "new.1.stock": "1",
      }),
    ).toEqual({
      titleZh: "required",
      "new.0.weight": "weight",
      "new.0.price": "money",
      "new.0.stock": "stock",
      "new.1.title": "sizeRepeated",
      "new.1.price": "required",
    })
  })

  it("needs one size at least", () => {
    const { titleZh, titleEn } = base
    expect(errors({ titleZh, titleEn })).toEqual({ sizes: "sizeNeeded" })
  })

  it("reads an own benefit mechanism in basis points and refuses one without a mechanism or with a bad share", () => {
    const own = productFormSchema.parse({
      ...base,
      benefit: "own",
      supply: "on",
      dividend: "on",
      dividendPercent: "30",
      collectivePercent: "",
    })
    expect(own.body.benefit_override).toEqual({
      benefit_mechanisms: ["supply", "dividend"],
      dividend_bps: 3000,
      collective_bps: null,
    })
    expect(errors({ ...base, benefit: "own", dividendPercent: "", collectivePercent: "120" })).toEqual({
      supply: "mechanismNeeded",
      collectivePercent: "percent",
    })
    expect(errors({ ...base, benefit: "own", dividend: "on", dividendPercent: "" })).toEqual({
      dividendPercent: "percent",
    })
  })
})
