import type { StatementDetail, StatementLine } from "@fengshou/store-contract"

// Test data of the document tests: a cooperative statement with a sale, a refund of part of it, and a title that a
// spreadsheet would take for a formula.

const line = (over: Partial<StatementLine>): StatementLine => ({
  id: "stl_1",
  kind: "sale",
  order_id: "order_1",
  order_display_id: 12,
  line_item_id: "item_1",
  title: "长胜小米 2.5kg",
  occurred_at: "2026-12-02T03:00:00.000Z",
  payable_at: "2026-12-09T03:00:00.000Z",
  sales_fen: 7980,
  fee_fen: 399,
  commission_fen: 0,
  net_fen: 7581,
  ledger_entry_ids: ["rle_1"],
  ...over,
})

export const LINES: StatementLine[] = [
  line({
    id: "stl_2",
    kind: "refund",
    occurred_at: "2026-12-03T03:00:00.000Z",
    sales_fen: -2000,
    fee_fen: -100,
    net_fen: -1900,
  }),
  line({}),
  line({
    id: "stl_3",
    order_display_id: 13,
    title: '=HYPERLINK("x")',
    sales_fen: 123456,
    fee_fen: 6173,
    commission_fen: 12346,
    net_fen: 104937,
  }),
]

export const DETAIL: StatementDetail = {
  statement: {
    id: "stmt_1",
    number: "JS-202612-yuanda",
    party: "cooperative",
    party_id: "coop_1",
    party_name: "兴东村种植专业合作社",
    period: "2026-12",
    status: "paid",
    gross_fen: 7980 + 123456,
    refunds_fen: 2000,
    fee_fen: 399 - 100 + 6173,
    commission_fen: 12346,
    net_fen: 7581 - 1900 + 104937,
    fee_bps: 500,
    lines: 3,
    paid_on: "2027-01-05",
    bank_reference: "BOC20270105-001",
    updated_at: "2027-01-05T02:00:00.000Z",
  },
  lines: LINES,
}
