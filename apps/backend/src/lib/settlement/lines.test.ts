import fc from "fast-check"
import { orderLines, type SettlementCommissionEntry, type SettlementLedgerEntry, type SettlementOrder } from "./lines"

const at = (iso: string) => new Date(iso)
const order: SettlementOrder = {
  order_id: "order_1",
  display_id: 7,
  placed_at: at("2026-11-03T02:00:00Z"),
  captured_at: at("2026-11-03T02:00:05Z"),
  titles: new Map([
    ["li_a", "小米"],
    ["li_b", "核桃"],
  ]),
}
let seq = 0
const entry = (source: string, kind: SettlementLedgerEntry["kind"], line: string, coop: string, amount: number) => ({
  id: `rle_${++seq}`,
  seq,
  source_event_id: source,
  kind,
  line_item_id: line,
  cooperative_id: coop,
  amount_fen: amount,
  occurred_at: kind === "sale" ? order.placed_at : at("2026-12-02T00:00:00Z"),
})
const commission = (key: string, kind: "earned" | "reversed", base: number, amount: number) =>
  ({
    id: `hcom_${key}`,
    entry_key: key,
    host_id: "host_1",
    kind,
    base_fen: base,
    amount_fen: amount,
    payable_at: at("2026-11-10T02:00:00Z"),
    created_at: kind === "earned" ? order.placed_at : at("2026-12-02T00:00:00Z"),
  }) satisfies SettlementCommissionEntry

describe("orderLines", () => {
  it("sums every party of a ledger event, takes the fee per line cumulatively and splits commission by sales", () => {
    const ledger = [
      entry("order.placed:order_1", "sale", "li_a", "coop_1", 6000),
      entry("order.placed:order_1", "sale", "li_a", "coop_1", 4001), // a household's share: 10001 in all
      entry("order.placed:order_1", "sale", "li_b", "coop_2", 5000),
      entry("refund:ref_1", "refund", "li_a", "coop_1", -2500),
    ]
    const commissions = [
      commission("earned:order_1", "earned", 15001, 1500),
      commission("refund:ref_1", "reversed", 2500, -250),
    ]
    const lines = orderLines(order, ledger, commissions, { fee_bps: 500, hold_days: 15 })
    const [saleA, saleB, refundA, host1, host2] = lines
    // fee: 10001 × 5 % = 500.05 → 500; after the refund 7501 × 5 % = 375.05 → 375, so the refund gives back 125.
    // commission 1500 over 10001 : 5000 → 1000.03… and 499.96…: floors 1000 + 499, the last fen to li_b's 0.96.
    expect(saleA).toMatchObject({ sales_fen: 10001, fee_fen: 500, commission_fen: 1000, net_fen: 8501, title: "小米" })
    expect(saleB).toMatchObject({
      sales_fen: 5000,
      fee_fen: 250,
      commission_fen: 500,
      net_fen: 4250,
      party_id: "coop_2",
    })
    expect(refundA).toMatchObject({ kind: "refund", sales_fen: -2500, fee_fen: -125, commission_fen: -250 })
    expect(refundA!.net_fen).toBe(-2125)
    expect(saleA!.payable_at).toEqual(at("2026-11-18T02:00:00Z"))
    expect(refundA!.payable_at).toEqual(at("2026-12-02T00:00:00Z"))
    expect(host1).toMatchObject({
      party: "host",
      kind: "commission",
      commission_fen: 1500,
      net_fen: 1500,
      sales_fen: 15001,
    })
    expect(host2).toMatchObject({ commission_fen: -250, sales_fen: -2500 })
  })

  it("puts a refund's commission reversal (keyed by the refunded total) on the nearest ledger refund", () => {
    const ledger = [
      entry("order.placed:order_1", "sale", "li_a", "coop_1", 10000),
      entry("refund:ref_9", "refund", "li_a", "coop_1", -4000),
    ]
    const lines = orderLines(
      order,
      ledger,
      [commission("earned:order_1", "earned", 10000, 1000), commission("refund:order_1:4000", "reversed", 4000, -400)],
      { fee_bps: 0, hold_days: 0 },
    )
    expect(lines.map((l) => [l.kind, l.commission_fen])).toEqual([
      ["sale", 1000],
      ["refund", -400],
      ["commission", 1000],
      ["commission", -400],
    ])
  })

  it("an order not captured has nothing payable", () => {
    const lines = orderLines(
      { ...order, captured_at: null },
      [entry("order.placed:order_1", "sale", "li_a", "c", 100)],
      [],
      {
        fee_bps: 500,
        hold_days: 0,
      },
    )
    expect(lines[0]!.payable_at).toBeNull()
  })

  it("net = sales − fee − commission on every line, and commission shares sum to the entries", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (amounts, rate, bps) => {
          const ledger = amounts.map((a, i) => entry("order.placed:order_1", "sale", `li_${i}`, `c_${i % 2}`, a))
          const gmv = amounts.reduce((s, a) => s + a, 0)
          const earned = Math.round((gmv * rate) / 10_000)
          const lines = orderLines(order, ledger, [commission("earned:order_1", "earned", gmv, earned)], {
            fee_bps: bps,
            hold_days: 0,
          })
          const coop = lines.filter((l) => l.party === "cooperative")
          for (const l of coop) expect(l.net_fen).toBe(l.sales_fen - l.fee_fen - l.commission_fen)
          expect(coop.reduce((s, l) => s + l.commission_fen, 0)).toBe(earned)
        },
      ),
    )
  })
})
