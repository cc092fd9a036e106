// A statement and a line as the backend sends them, for the settlement tests of lib/data and lib/view.
import type { Statement, StatementLine } from "@fengshou/store-contract"

export const statement: Statement = {
  id: "sst_01",
  number: "JS-202611-yuanda",
  party: "cooperative",
  party_id: "coop_01",
  party_name: "远达农业种植专业合作社",
  period: "2026-11",
  status: "paid",
  gross_fen: 1_234_500,
  refunds_fen: 3990,
  fee_fen: 37_035,
  commission_fen: 0,
  net_fen: 1_193_475,
  fee_bps: 300,
  lines: 3,
  paid_on: "2026-12-05",
  bank_reference: "CCB20261205001",
  updated_at: "2026-12-05T02:00:00.000Z",
}

export const line: StatementLine = {
  id: "sln_01",
  kind: "refund",
  order_id: "order_01",
  order_display_id: 42,
  line_item_id: "ordli_01",
  title: "昌盛小米 2.5 kg",
  occurred_at: "2026-11-30T17:30:00.000Z",
  payable_at: "2026-11-30T17:30:00.000Z",
  sales_fen: -3990,
  fee_fen: -120,
  commission_fen: 0,
  net_fen: -3870,
  ledger_entry_ids: ["rle_1"],
}
