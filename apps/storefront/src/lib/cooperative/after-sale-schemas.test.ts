import { describe, expect, it } from "vitest"
import { cancelSchema, refundSchema, shipmentSchema } from "./after-sale-schemas"
import { cooperativeFieldErrors } from "./schemas"

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? {} : cooperativeFieldErrors(result.error!.issues)

describe("shipmentSchema", () => {
  it("takes a carrier code from the list and a trimmed tracking number", () => {
    expect(shipmentSchema.parse({ orderId: "order_1", carrier: "zto", trackingNumber: " 7310 " })).toEqual({
      orderId: "order_1",
      carrier: "zto",
      trackingNumber: "7310",
    })
  })

  it("asks for a carrier when none or a name instead of a code was sent", () => {
    expect(errorsOf(shipmentSchema.safeParse({ orderId: "o", carrier: "", trackingNumber: "" }))).toEqual({
      carrier: "required",
      trackingNumber: "required",
    })
    expect(errorsOf(shipmentSchema.safeParse({ orderId: "o", carrier: "顺丰速运", trackingNumber: "SF1" }))).toEqual({
      carrier: "required",
    })
  })
})

describe("cancelSchema", () => {
  it("needs a reason of at most 200 characters", () => {
    expect(errorsOf(cancelSchema.safeParse({ orderId: "o", reason: "   " }))).toEqual({ reason: "required" })
    expect(errorsOf(cancelSchema.safeParse({ orderId: "o", reason: "缺".repeat(201) }))).toEqual({ reason: "tooLong" })
    expect(cancelSchema.parse({ orderId: "o", reason: " 缺货 " }).reason).toBe("缺货")
  })
})

describe("refundSchema", () => {
  it.each([
    ["19.90", 1990],
    ["19.9", 1990],
    ["0.01", 1],
    ["120", 12_000],
    [" 33,33 ", 3333],
    ["1234567.89", 123_456_789],
  ])("turns ¥%s into %i fen exactly", (amount, fen) => {
    expect(refundSchema.parse({ returnId: "ret_1", amount })).toEqual({ returnId: "ret_1", amount_fen: fen })
  })

  it.each(["", "0", "0.00", "1.999", "-5", "¥10", "1e3", "abc"])("refuses %j as an amount", (amount) => {
    expect(errorsOf(refundSchema.safeParse({ returnId: "ret_1", amount }))).toEqual({ amount: "money" })
  })
})
