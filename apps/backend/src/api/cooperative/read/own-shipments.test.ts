import { ownFulfillmentStatus, ownShipments, type FulfillmentRow } from "./own-shipments"

const parcel = (id: string, carrier: unknown, lines: [string, number][], extra: Partial<FulfillmentRow> = {}) => ({
  id,
  shipped_at: "2026-12-01T02:00:00.000Z",
  delivered_at: null,
  canceled_at: null,
  metadata: { carrier },
  labels: [{ tracking_number: `T-${id}` }],
  items: lines.map(([line_item_id, quantity]) => ({ line_item_id, quantity })),
  ...extra,
})

describe("ownShipments", () => {
  it("keeps only parcels of the cooperative's lines, not canceled, with the carrier as code or older free text", () => {
    const rows = [
      parcel("f1", "sf", [
        ["mine", 1],
        ["mine", 1],
      ]),
      parcel("f2", "顺丰冷链", [["mine", 1]]),
      parcel("f3", "zto", [["theirs", 2]]),
      parcel("f4", "sf", [["mine", 1]], { canceled_at: "2026-12-02T00:00:00.000Z" }),
    ]
    expect(ownShipments(rows, new Set(["mine"]))).toEqual([
      expect.objectContaining({
        id: "f1",
        carrier: "sf",
        carrier_text: null,
        tracking_number: "T-f1",
        items: [{ line_item_id: "mine", quantity: 2 }],
      }),
      expect.objectContaining({ id: "f2", carrier: null, carrier_text: "顺丰冷链" }),
    ])
    expect(ownShipments([parcel("f5", "hasOwnProperty", [["mine", 1]])], new Set(["mine"]))[0]!.carrier).toBeNull()
  })
})

describe("ownFulfillmentStatus", () => {
  const line = (shipped: number, delivered: number) => ({
    quantity: 2,
    shipped_quantity: shipped,
    delivered_quantity: delivered,
  })
  it("follows the cooperative's own lines only", () => {
    expect(ownFulfillmentStatus("pending", [line(0, 0)])).toBe("not_fulfilled")
    expect(ownFulfillmentStatus("pending", [line(1, 0)])).toBe("partially_shipped")
    expect(ownFulfillmentStatus("pending", [line(2, 1)])).toBe("shipped")
    expect(ownFulfillmentStatus("pending", [line(2, 2)])).toBe("delivered")
    expect(ownFulfillmentStatus("canceled", [line(0, 0)])).toBe("canceled")
  })
})
