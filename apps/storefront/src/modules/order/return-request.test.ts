import { ReturnRequestBodySchema } from "@fengshou/store-contract"
import { describe, expect, it } from "vitest"
import { errorsByField } from "@/lib/schemas/field-errors"
import { RETURN_FIELD_ERRORS, returnRequestSchema } from "./return-request"

const lines = [
  { id: "ordli_a", returnableQuantity: 2 },
  { id: "ordli_b", returnableQuantity: 0 },
]
const all = ["quality", "missing_items", "wrong_item", "damaged", "no_reason"] as const
const errors = (values: Record<string, string>, reasons: readonly (typeof all)[number][] = all) => {
  const result = returnRequestSchema(lines, reasons).safeParse(values)
  return result.success ? null : errorsByField(RETURN_FIELD_ERRORS, result.error.issues)
}

describe("returnRequestSchema", () => {
  it("turns the picked quantities, reason and note into a body the backend's schema accepts", () => {
    const result = returnRequestSchema(lines, all).parse({ "quantity-ordli_a": "1", reason: "quality", note: " 发霉 " })
    expect(result).toEqual({ items: [{ id: "ordli_a", quantity: 1, reason: "quality", note: "发霉" }] })
    expect(ReturnRequestBodySchema.safeParse(result).success).toBe(true)
  })

  it("leaves lines at 0 or empty out and needs at least one unit", () => {
    expect(errors({ "quantity-ordli_a": "0", reason: "quality" })).toEqual({ lines: "noLines" })
  })

  it("refuses more than may be returned, and anything not a whole number, next to the line", () => {
    expect(errors({ "quantity-ordli_a": "3", reason: "quality" })).toEqual({ "quantity-ordli_a": "quantityTooHigh" })
    expect(errors({ "quantity-ordli_a": "1.5", reason: "quality" })).toEqual({ "quantity-ordli_a": "quantityInvalid" })
    expect(errors({ "quantity-ordli_a": "-1", reason: "quality" })).toEqual({ "quantity-ordli_a": "quantityInvalid" })
  })

  it("needs a reason, and 七天无理由 only while the order offers it", () => {
    expect(errors({ "quantity-ordli_a": "1" })).toEqual({ reason: "reasonRequired" })
    expect(errors({ "quantity-ordli_a": "1", reason: "no_reason" }, ["quality"])).toEqual({ reason: "reasonClosed" })
    expect(errors({ "quantity-ordli_a": "1", reason: "no_reason" })).toBeNull()
  })

  it("keeps the note under 500 characters", () => {
    expect(errors({ "quantity-ordli_a": "1", reason: "damaged", note: "坏".repeat(501) })).toEqual({
      note: "noteTooLong",
    })
  })
})
