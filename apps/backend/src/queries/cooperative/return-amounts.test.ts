import { lineSoldFen } from "../../lib/orders/line-sold"
import { cooperativeReturnStatus, refundableFen } from "./return-amounts"

describe("refundableFen", () => {
  const line = { quantity: 3, total_fen: 1000 }
  it("gives the returned units' share of what the line cost, rounded down, per line", () => {
    expect(refundableFen([{ line, quantity: 1, received_quantity: 0 }], false, 0)).toBe(333)
    expect(refundableFen([{ line, quantity: 3, received_quantity: 0 }], false, 0)).toBe(1000)
    const two = [
      { line, quantity: 1, received_quantity: 1 },
      { line: { quantity: 2, total_fen: 999 }, quantity: 1, received_quantity: 1 },
    ]
    expect(refundableFen(two, true, 0)).toBe(333 + 499)
  })
  it("counts received units once received, and takes off refunds already made, never below 0", () => {
    expect(refundableFen([{ line, quantity: 3, received_quantity: 2 }], true, 0)).toBe(666)
    expect(refundableFen([{ line, quantity: 3, received_quantity: 2 }], true, 600)).toBe(66)
    expect(refundableFen([{ line, quantity: 3, received_quantity: 2 }], true, 700)).toBe(0)
  })
  it("shares out the line as sold, not Medusa's total of the units kept once a return is received", () => {
    // 3 bags at ¥39.90; 1 received back: Medusa's line total drops to ¥79.80 and ¥39.90 moves to return_received_total.
    const afterReceipt = { total: "79.8", return_received_total: "39.9", return_dismissed_total: 0 }
    expect(lineSoldFen(afterReceipt)).toBe(11970)
    const line = { quantity: 3, total_fen: lineSoldFen(afterReceipt) }
    expect(refundableFen([{ line, quantity: 1, received_quantity: 1 }], true, 0)).toBe(3990)
    expect(lineSoldFen({ total: "119.7" })).toBe(11970)
  })
})

describe("cooperativeReturnStatus", () => {
  it("is Medusa's status until a refund names the return, and null for a draft", () => {
    expect(cooperativeReturnStatus("requested", 0)).toBe("requested")
    expect(cooperativeReturnStatus("received", 0)).toBe("received")
    expect(cooperativeReturnStatus("partially_received", 0)).toBe("partially_received")
    expect(cooperativeReturnStatus("received", 1)).toBe("refunded")
    expect(cooperativeReturnStatus("canceled", 5)).toBe("canceled")
    expect(cooperativeReturnStatus("open", 0)).toBeNull()
  })
})
