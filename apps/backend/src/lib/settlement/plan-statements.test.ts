import type { CandidateLine } from "./lines"
import { planStatements } from "./plan-statements"

const line = (key: string, payable: string, sales: number, party_id = "coop_1"): CandidateLine => ({
  party: "cooperative",
  party_id,
  line_key: key,
  kind: sales > 0 ? "sale" : "refund",
  order_id: "order_1",
  order_display_id: 1,
  line_item_id: "li_1",
  title: null,
  occurred_at: new Date(payable),
  payable_at: new Date(payable),
  sales_fen: sales,
  fee_fen: Math.round(sales / 20),
  commission_fen: 0,
  net_fen: sales - Math.round(sales / 20),
  ledger_entry_ids: [],
})
let n = 0
const base = {
  as_of: new Date("2027-01-15T00:00:00Z"),
  fee_bps: 500,
  handle: (_party: "cooperative" | "host", id: string) => id,
  new_id: (p: string) => `${p}_${++n}`,
}

describe("planStatements", () => {
  it("puts a line in the China month it became payable, past a paid statement, and not before as_of", () => {
    const plan = planStatements({
      ...base,
      lines: [
        line("a", "2026-11-30T16:30:00Z", 1000), // 2026-12-01 00:30 in China
        line("b", "2026-11-20T00:00:00Z", 2000), // November is paid: goes to December
        line("c", "2026-11-21T00:00:00Z", 3000), // already on the paid statement
        line("d", "2027-02-01T00:00:00Z", 4000), // not payable yet
        line("e", "2026-12-05T00:00:00Z", -400),
      ],
      settled_keys: new Set(["c"]),
      statements: [
        { id: "stmt_paid", party: "cooperative", party_id: "coop_1", period: "2026-11", status: "paid" },
        { id: "stmt_dec", party: "cooperative", party_id: "coop_1", period: "2026-12", status: "open" },
      ],
    })
    expect(plan.statements).toEqual([
      {
        id: "stmt_dec",
        number: "JS-202612-coop_1",
        party: "cooperative",
        party_id: "coop_1",
        period: "2026-12",
        fee_bps: 500,
        gross_fen: 3000,
        refunds_fen: 400,
        fee_fen: 50 + 100 - 20,
        commission_fen: 0,
        net_fen: 950 + 1900 - 380,
      },
    ])
    expect(plan.lines.map((l) => [l.line_key, l.statement_id])).toEqual([
      ["a", "stmt_dec"],
      ["b", "stmt_dec"],
      ["e", "stmt_dec"],
    ])
  })
})
