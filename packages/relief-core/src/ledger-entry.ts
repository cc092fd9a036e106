import type { HouseholdStatus } from "./household-status"
import type { BenefitKind } from "./line-allocation"

export const CHANNELS = ["online", "livestream", "institutional"] as const
export type Channel = (typeof CHANNELS)[number]
export type LedgerEntryKind = "sale" | "refund" | "cancel"
export const LEDGER_PARTIES = ["cooperative", "household", "collective"] as const
export type LedgerParty = (typeof LEDGER_PARTIES)[number]

/**
 * One row of the relief ledger (消费帮扶台账), as the report expects it to be written:
 * - a sale of a line writes exactly one `cooperative` entry (even when its amount is 0) carrying the line's
 *   quantity_g, plus one `household` entry per household and benefit kind with a non-zero amount, plus one
 *   `collective` entry (the village collective's share, 村集体) when that is non-zero; the amounts of all of them
 *   sum to the line's net merchandise amount (after discounts, without shipping);
 * - a refund or cancel writes the reversal the same way with non-positive amounts (and the returned grams, as a
 *   negative quantity_g, on the cooperative entry, or 0 when no goods came back).
 * So sales_fen is the plain sum over every party, and quantity_g is never counted twice.
 * Dimensions (cooperative, region, channel, category) are copied onto every entry so a report is one pass.
 */
export interface LedgerEntry {
  readonly order_id: string
  readonly line_item_id: string
  readonly cooperative_id: string
  /** The cooperative's 12-digit village-level division code. */
  readonly division_code: string
  readonly channel: Channel
  readonly category: string | null
  /** An instant: a Date, or an ISO 8601 string with Z or an explicit offset (a bare local time is ambiguous). */
  readonly occurred_at: Date | string
  readonly kind: LedgerEntryKind
  readonly party: LedgerParty
  /** Household entries only. A stable, platform-wide id (not a per-cooperative display code like XD-001). */
  readonly household_key?: string
  /** Household entries only: the status when the entry was written. */
  readonly household_status?: HouseholdStatus
  /** Household entries only: household size when the entry was written. */
  readonly household_persons?: number
  /** Household entries only: which mechanism paid it; kept for audit and for rebuilding reversals. */
  readonly benefit_kind?: BenefitKind
  /** ≥ 0 on a sale, ≤ 0 on a refund or cancel. */
  readonly amount_fen: number
  /** Cooperative entries only (0 on household and collective entries); sign as amount_fen. */
  readonly quantity_g: number
}
