import { describe, expect, it } from "vitest"
import { mapBackendError } from "@/lib/cooperative/backend-errors"
import { variantSchema } from "@/lib/cooperative/schemas"

const base = { productId: "prod_1", variantId: "var_1", price: "39.90", stock: "12" }

describe("the size form", () => {
  it("sends the low-stock threshold as a whole number, empty as null, absent not at all", () => {
    expect(variantSchema.parse({ ...base, lowStockThreshold: " 5 " }).variant).toEqual({
      id: "var_1",
      price_fen: 3990,
      stock: 12,
      low_stock_threshold: 5,
    })
    expect(variantSchema.parse({ ...base, lowStockThreshold: "" }).variant).toMatchObject({ low_stock_threshold: null })
    expect(variantSchema.parse(base).variant).not.toHaveProperty("low_stock_threshold")
  })

  it("refuses a threshold that is not a whole number of units", () => {
    for (const bad of ["-1", "x", "1.5"]) {
      const result = variantSchema.safeParse({ ...base, lowStockThreshold: bad })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]).toMatchObject({ path: ["lowStockThreshold"], message: "stock" })
    }
  })

  it("sends the weight as whole grams when the form has it, and refuses anything else", () => {
    expect(variantSchema.parse({ ...base, weightG: " 2500 " }).variant).toMatchObject({ weight_g: 2500 })
    expect(variantSchema.parse(base).variant).not.toHaveProperty("weight_g")
    for (const bad of ["", "0", "2.5", "-5", "1000001", "2.5kg"]) {
      const result = variantSchema.safeParse({ ...base, weightG: bad })
      expect(result.success, bad).toBe(false)
      expect(result.error?.issues[0]).toMatchObject({ path: ["weightG"], message: "grams" })
    }
  })

  it("shows the backend's refusal to reweigh a sold size under the weight field", () => {
    const message =
      "size 500 g has been sold, so its weight stays as sold: add a new size with the right weight instead"
    expect(mapBackendError(400, message)).toEqual({ field: ["weightG", "weightSold"] })
  })

  it("shows the backend's refusal of stock below the reserved count under the stock field", () => {
    const message = "12 units of size 2.5 kg are reserved by orders not yet shipped; set the stock to 12 or more"
    expect(mapBackendError(400, message)).toEqual({ field: ["stock", "stockBelowReserved"] })
  })
})
