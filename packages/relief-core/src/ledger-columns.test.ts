import { describe, expect, it } from "vitest"
import { LedgerColumns } from "./ledger-columns"
import type { LedgerEntry } from "./ledger-entry"

const sale: LedgerEntry = {
  order_id: "O1",
  line_item_id: "L1",
  cooperative_id: "yuanda",
  division_code: "231223111204",
  channel: "online",
  category: "grain",
  occurred_at: "2024-03-31T16:30:00Z",
  kind: "sale",
  party: "cooperative",
  amount_fen: 100,
  quantity_g: 500,
}

describe("LedgerColumns", () => {
  it("grows past its first capacity and counts each entry on its Shanghai day", () => {
    const columns = new LedgerColumns()
    for (let i = 0; i < 3000; i += 1) columns.append({ ...sale, order_id: `O${i % 7}` })
    expect(columns.size).toBe(3000)
    const april = columns.fold({ from: "2024-04-01", to: "2024-04-01", group_by: "month" })
    expect(april.rows).toEqual([
      expect.objectContaining({ key: "2024-04", orders: 7, sales_fen: 300_000, quantity_g: 1_500_000 }),
    ])
    expect(columns.fold({ from: "2024-03-01", to: "2024-03-31", group_by: "month" }).rows).toEqual([])
  })

  it("rejects a broken entry and a malformed query with relief-core's messages", () => {
    const columns = new LedgerColumns()
    expect(() => columns.append({ ...sale, amount_fen: -1 })).toThrowError("≥ 0 on a sale")
    expect(() => columns.fold({ from: "2024-04-01", to: "2024-03-01", group_by: "month" })).toThrowError(
      "must not be after",
    )
  })
})
