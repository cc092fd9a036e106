import type { LedgerEntry } from "./ledger-entry"

/** A ledger entry as the writers produce it: the report's entry plus what the ledger keeps for audit. */
export interface NewLedgerEntry extends LedgerEntry {
  readonly source_event_id: string
  readonly product_id: string | null
  readonly variant_id: string | null
  readonly live_session_id: string | null
  readonly host_id: string | null
}
