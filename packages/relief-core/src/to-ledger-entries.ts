import { describeValue, ReliefCoreError } from "./errors"
import type { HouseholdStatus } from "./household-status"
import type { LedgerEntry } from "./ledger-entry"
import type { LineAllocation } from "./line-allocation"
import { validateLedgerEntry } from "./validate-ledger-entry"

/** What the ledger copies onto every entry of one line, plus the households' snapshot at writing time. */
export interface LedgerLineContext extends Pick<
  LedgerEntry,
  "order_id" | "line_item_id" | "cooperative_id" | "division_code" | "channel" | "category" | "occurred_at" | "kind"
> {
  /** Grams sold (sale, ≥ 0) or returned (refund/cancel, ≤ 0); lands on the cooperative entry only. */
  readonly quantity_g: number
  readonly households: readonly {
    readonly household_key: string
    readonly status: HouseholdStatus
    readonly persons: number
  }[]
}

/**
 * Writes an allocation (from allocateLine) or a reversal (from reverseAllocation) as ledger entries in the shape
 * foldReport reads: one cooperative entry, always, one collective entry when the village collective's part is not 0
 * (no household fields, 0 grams), then one entry per household part. Keeping this here means
 * the rule "quantity on the cooperative entry only" lives next to the report that depends on it.
 */
export function toLedgerEntries(context: LedgerLineContext, allocation: LineAllocation): LedgerEntry[] {
  const { households, quantity_g, ...dimensions } = context
  const byKey = new Map(households.map((h) => [h.household_key, h]))
  const entries: LedgerEntry[] = [
    { ...dimensions, party: "cooperative", amount_fen: allocation.cooperative_fen, quantity_g },
  ]
  if (allocation.collective_fen !== 0) {
    entries.push({ ...dimensions, party: "collective", amount_fen: allocation.collective_fen, quantity_g: 0 })
  }
  for (const entry of allocation.entries) {
    const household = byKey.get(entry.household_key)
    if (!household) {
      throw new ReliefCoreError(
        "invalid_ledger_entry",
        `household ${describeValue(entry.household_key)} has an allocation but no status/persons in context.households`,
      )
    }
    entries.push({
      ...dimensions,
      party: "household",
      household_key: entry.household_key,
      household_status: household.status,
      household_persons: household.persons,
      benefit_kind: entry.kind,
      amount_fen: entry.amount_fen,
      quantity_g: 0,
    })
  }
  entries.forEach(validateLedgerEntry)
  return entries
}
