import fc from "fast-check"
import { SHOPPER_ORDER_STATUSES } from "@fengshou/store-contract"
import { describe, expect, it } from "vitest"
import {
  noReasonOpen,
  noReasonUntil,
  returnableQuantity,
  shanghaiDate,
  shopperOrderStatus,
  shopperReturnStatus,
  type StatusFacts,
} from "./shopper-status"

const line = (quantity: number, shipped = 0, delivered = 0) => ({
  quantity,
  shipped_quantity: shipped,
  delivered_quantity: delivered,
})
const facts = (over: Partial<StatusFacts>): StatusFacts => ({
  canceled: false,
  payment_status: "captured",
  lines: [line(2), line(1)],
  returns: [],
  ...over,
})

describe("shopperOrderStatus", () => {
  it("follows the documented precedence", () => {
    expect(shopperOrderStatus(facts({ payment_status: "not_paid" }))).toBe("awaiting_payment")
    expect(shopperOrderStatus(facts({ payment_status: "awaiting" }))).toBe("awaiting_payment")
    expect(shopperOrderStatus(facts({ payment_status: "authorized" }))).toBe("awaiting_shipment")
    expect(shopperOrderStatus(facts({}))).toBe("awaiting_shipment")
    expect(shopperOrderStatus(facts({ lines: [line(2, 1), line(1)] }))).toBe("partially_shipped")
    expect(shopperOrderStatus(facts({ lines: [line(2, 2), line(1, 1)] }))).toBe("shipped")
    expect(shopperOrderStatus(facts({ lines: [line(2, 2, 2), line(1, 1)] }))).toBe("shipped")
    expect(shopperOrderStatus(facts({ lines: [line(2, 2, 2), line(1, 1, 1)] }))).toBe("delivered")
    const shipped = [line(2, 2), line(1, 1)]
    expect(shopperOrderStatus(facts({ lines: shipped, payment_status: "partially_refunded" }))).toBe("refunded")
    expect(shopperOrderStatus(facts({ lines: shipped, returns: [{ status: "requested" }] }))).toBe("refunding")
    expect(
      shopperOrderStatus(
        facts({ lines: shipped, payment_status: "partially_refunded", returns: [{ status: "received" }] }),
      ),
    ).toBe("refunding")
    expect(
      shopperOrderStatus(
        facts({ lines: shipped, payment_status: "partially_refunded", returns: [{ status: "refunded" }] }),
      ),
    ).toBe("refunded")
    expect(shopperOrderStatus(facts({ lines: shipped, returns: [{ status: "canceled" }] }))).toBe("shipped")
    expect(shopperOrderStatus(facts({ canceled: true, payment_status: "refunded" }))).toBe("canceled")
  })

  it("answers canceled whenever canceled, refunding whenever a return is open, and always a known status", () => {
    const status = fc.constantFrom("requested", "received", "partially_received", "canceled", "refunded" as const)
    const arb = fc.record({
      canceled: fc.boolean(),
      payment_status: fc.constantFrom(
        "not_paid",
        "awaiting",
        "authorized",
        "captured",
        "refunded",
        "partially_refunded",
      ),
      lines: fc.array(
        fc.nat(5).chain((q) => fc.nat(q).chain((s) => fc.nat(s).map((d) => line(q, s, d)))),
        { maxLength: 4 },
      ),
      returns: fc.array(fc.record({ status }), { maxLength: 3 }),
    })
    fc.assert(
      fc.property(arb, (f) => {
        const s = shopperOrderStatus(f)
        expect(SHOPPER_ORDER_STATUSES).toContain(s)
        if (f.canceled) expect(s).toBe("canceled")
        else if (f.returns.some((r) => r.status !== "canceled" && r.status !== "refunded")) expect(s).toBe("refunding")
        if (!f.canceled && s === "shipped") expect(f.lines.every((l) => l.shipped_quantity >= l.quantity)).toBe(true)
      }),
    )
  })
})

describe("shopperReturnStatus", () => {
  it("names a refunded return refunded, keeps Medusa's status otherwise, drops drafts", () => {
    expect(shopperReturnStatus("requested", false)).toBe("requested")
    expect(shopperReturnStatus("received", true)).toBe("refunded")
    expect(shopperReturnStatus("canceled", true)).toBe("canceled")
    expect(shopperReturnStatus("open", false)).toBeNull()
  })
})

describe("no-reason window", () => {
  it("counts 7 days from the latest arrival, in Shanghai dates", () => {
    // 2026-12-01 17:00 UTC is 2026-12-02 01:00 in Shanghai.
    expect(shanghaiDate("2026-12-01T17:00:00Z")).toBe("2026-12-02")
    expect(noReasonUntil([{ shipped_at: "2026-12-01T17:00:00Z", delivered_at: null }])).toBe("2026-12-09")
    expect(
      noReasonUntil([
        { shipped_at: "2026-11-20T02:00:00Z", delivered_at: "2026-11-22T02:00:00Z" },
        { shipped_at: "2026-11-21T02:00:00Z", delivered_at: null },
      ]),
    ).toBe("2026-11-29")
    expect(noReasonUntil([{ shipped_at: null, delivered_at: null }])).toBeNull()
    expect(noReasonUntil([])).toBeNull()
  })

  it("is open through the last day and closed the day after", () => {
    expect(noReasonOpen("2026-12-09", Date.parse("2026-12-09T15:59:59Z"))).toBe(true)
    expect(noReasonOpen("2026-12-09", Date.parse("2026-12-09T16:00:00Z"))).toBe(false)
    expect(noReasonOpen(null, Date.now())).toBe(false)
  })

  it("returnable is shipped minus returned, never negative", () => {
    expect(returnableQuantity(3, 1)).toBe(2)
    expect(returnableQuantity(1, 2)).toBe(0)
  })
})
