import { z } from "zod"
import { count, fen, pageFields } from "./shared"

// Settlement (结算): the platform holds what shoppers paid (担保交易) and pays it out per period. A cooperative's
// statement: gross sales − refunds − platform fee − host commissions = net payable; a host's statement: its
// commissions. Shared by the backend's cooperative, host and admin routes and the storefront's portals.

/** Who a statement pays. */
export const SETTLEMENT_PARTIES = ["cooperative", "host"] as const
export const SettlementPartySchema = z.enum(SETTLEMENT_PARTIES)
export type SettlementParty = z.infer<typeof SettlementPartySchema>

/** open: still recomputed as lines become payable; paid: frozen for good (later changes go on the next one). */
export const STATEMENT_STATUSES = ["open", "paid"] as const
export const StatementStatusSchema = z.enum(STATEMENT_STATUSES)
export type StatementStatus = z.infer<typeof StatementStatusSchema>

/** A settlement period: a calendar month in China time, YYYY-MM. */
export const SettlementPeriodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "period must be a month as YYYY-MM, e.g. 2026-12")

/**
 * What a statement line comes from: `sale` (an order line placed), `refund` / `cancel` (its reversal, negative),
 * `commission` (a host statement's line: one commission entry, earned or reversed).
 */
export const STATEMENT_LINE_KINDS = ["sale", "refund", "cancel", "commission"] as const
export const StatementLineKindSchema = z.enum(STATEMENT_LINE_KINDS)

/**
 * One line: for a cooperative, one ledger event on one order line (sales_fen is the sum of that event's ledger
 * entries, every party: the cooperative's, its households' and its village collective's), with the platform fee and
 * the host commission it carries, all signed (a refund's are ≤ 0); net_fen = sales_fen − fee_fen − commission_fen.
 * For a host, one commission entry: commission_fen is the host's (signed), sales_fen the sales it is on, fee 0,
 * net_fen = commission_fen.
 */
export const StatementLineSchema = z.object({
  id: z.string(),
  kind: StatementLineKindSchema,
  order_id: z.string(),
  /** Medusa's order number (#display_id). */
  order_display_id: count,
  line_item_id: z.string().nullable(),
  /** The product title as ordered (zh or en as the shopper saw it); null on a host's line. */
  title: z.string().nullable(),
  occurred_at: z.string(),
  /** When the line became payable: the refund window passed and the payment captured (a reversal at once). */
  payable_at: z.string(),
  sales_fen: fen,
  fee_fen: fen,
  commission_fen: fen,
  net_fen: fen,
  /** The relief ledger entries (ids) the line sums; empty on a host's line. */
  ledger_entry_ids: z.array(z.string()),
})
export type StatementLine = z.infer<typeof StatementLineSchema>

export const StatementSchema = z.object({
  id: z.string(),
  /** Human reference printed on the statement, e.g. JS-202612-beima (cooperative) or YJ-202612-host_01 (host). */
  number: z.string(),
  party: SettlementPartySchema,
  party_id: z.string(),
  /** The cooperative's or host's display name. */
  party_name: z.string(),
  period: SettlementPeriodSchema,
  status: StatementStatusSchema,
  /** Σ positive sales_fen. */
  gross_fen: fen,
  /** −Σ negative sales_fen, as a positive amount. */
  refunds_fen: fen,
  fee_fen: fen,
  commission_fen: fen,
  /** cooperative: gross − refunds − fee − commission; host: commission. May be negative (refunds after payment). */
  net_fen: fen,
  /** The platform fee rate the statement was computed with, in basis points. */
  fee_bps: count,
  lines: count,
  /** YYYY-MM-DD, China time, as the operator entered it; null while open. */
  paid_on: z.string().nullable(),
  bank_reference: z.string().nullable(),
  updated_at: z.string(),
})
export type Statement = z.infer<typeof StatementSchema>

export const StatementListSchema = z.object({ statements: z.array(StatementSchema), ...pageFields })
export const StatementDetailSchema = z.object({
  statement: StatementSchema,
  lines: z.array(StatementLineSchema),
})
export type StatementDetail = z.infer<typeof StatementDetailSchema>

/** POST /admin/settlements/:id/mark-paid. */
export const MarkStatementPaidBodySchema = z
  .object({
    paid_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "paid_on must be a date as YYYY-MM-DD"),
    bank_reference: z
      .string()
      .trim()
      .min(4, "bank_reference needs at least 4 characters (the bank's transfer reference)")
      .max(64, "bank_reference is at most 64 characters"),
  })
  .strict()
export type MarkStatementPaidBody = z.infer<typeof MarkStatementPaidBodySchema>

/** POST /admin/settlements/generate: recompute every open statement from what is payable at `as_of` (default now). */
export const GenerateStatementsBodySchema = z.object({ as_of: z.iso.datetime({ offset: true }).optional() }).strict()

/** One household's income in a period (收入): supply payments + dividend, from the relief ledger, net of reversals. */
export const HouseholdIncomeSchema = z.object({
  household_id: z.string(),
  /** The cooperative's display code, e.g. XD-001. */
  code: z.string(),
  /** Decrypted for the owning cooperative only; null when no name was recorded. */
  name: z.string().nullable(),
  status: z.enum(["registered_poor", "monitored", "member"]),
  persons: count,
  supply_fen: fen,
  dividend_fen: fen,
  total_fen: fen,
})
export type HouseholdIncome = z.infer<typeof HouseholdIncomeSchema>

/** GET /cooperative/settlements/households?period=YYYY-MM (the 分红表's figures; its PDF is …/dividend-sheet.pdf). */
export const HouseholdIncomeAnswerSchema = z.object({
  period: SettlementPeriodSchema,
  households: z.array(HouseholdIncomeSchema),
  /** The village collective's income (村集体经济收入) from this cooperative in the period. */
  collective_fen: fen,
  /** Σ households' total_fen. */
  households_fen: fen,
})
export type HouseholdIncomeAnswer = z.infer<typeof HouseholdIncomeAnswerSchema>

/** One reconciliation difference: what should hold, what was found, and where. */
export const SettlementDifferenceSchema = z.object({
  kind: z.enum([
    /** captured − refunded ≠ the order's merchandise (ledger) + shipping, net. */
    "order_money",
    /** a paid statement's line no longer equals what its ledger entries say. */
    "frozen_line",
    /** a host statement's commission ≠ the commission charged on cooperative statements for the same entries. */
    "commission",
    /** a statement's totals ≠ the sum of its lines. */
    "statement_totals",
  ]),
  order_id: z.string().nullable(),
  statement_id: z.string().nullable(),
  expected_fen: fen,
  actual_fen: fen,
  message: z.string(),
})
export type SettlementDifference = z.infer<typeof SettlementDifferenceSchema>

/** GET /admin/settlements/reconciliation?from=YYYY-MM-DD&to=YYYY-MM-DD (China days, by capture time). */
export const SettlementReconciliationSchema = z.object({
  from: z.string(),
  to: z.string(),
  orders: count,
  captured_fen: fen,
  refunded_fen: fen,
  /** Σ over the same orders: cooperative net + host commission + platform fee + shipping (net of refunds). */
  cooperative_net_fen: fen,
  commission_fen: fen,
  fee_fen: fen,
  shipping_fen: fen,
  /** Orders whose lines are not yet payable (window open or not captured) are still counted here. */
  differences: z.array(SettlementDifferenceSchema),
})
export type SettlementReconciliation = z.infer<typeof SettlementReconciliationSchema>
