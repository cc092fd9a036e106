import { describe, expect, it } from "vitest"
import { errorsByField } from "@/lib/schemas/field-errors"
import { LOOKUP_FIELD_ERRORS, lookupErrorKey, lookupSchema } from "./lookup"

const errors = (values: Record<string, string>) => {
  const result = lookupSchema.safeParse(values)
  return result.success ? {} : errorsByField(LOOKUP_FIELD_ERRORS, result.error.issues)
}

describe("the order lookup form", () => {
  it("knows every message the contract gives, so each is shown in the shopper's language", () => {
    const found = errors({ display_id: "", phone: "" })
    expect(Object.values(found).map(lookupErrorKey)).toEqual(["orderNumber", "phone"])
    expect(lookupErrorKey(errors({ display_id: "abc", phone: "12" }).display_id!)).toBe("orderNumber")
    expect(lookupErrorKey(errors({ display_id: "-3", phone: "1380013800" }).phone!)).toBe("phone")
  })

  it("accepts the number and a mobile written with +86 and dashes", () => {
    expect(lookupSchema.parse({ display_id: " 1024", phone: "+86 138-0013-8000" })).toEqual({
      display_id: 1024,
      phone: "13800138000",
    })
    expect(lookupSchema.parse({ display_id: "1024", phone: "１３８００１３８０００" }).phone).toBe("13800138000")
  })
})
