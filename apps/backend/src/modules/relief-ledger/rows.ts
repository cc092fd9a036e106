import { generateEntityId } from "@medusajs/framework/utils"
import {
  shanghaiDate,
  type Channel,
  type HouseholdStatus,
  type LedgerEntry,
  type NewLedgerEntry,
} from "@fengshou/relief-core"

// The entry type lives in relief-core (lib's planner builds entries too); re-exported for the module's callers.
export type { NewLedgerEntry }

/** A row as PostgreSQL returns it. */
export interface LedgerRow {
  id: string
  source_event_id: string
  order_id: string
  line_item_id: string
  cooperative_id: string
  division_code: string
  channel: Channel
  category: string | null
  occurred_at: Date | string
  kind: LedgerEntry["kind"]
  party: LedgerEntry["party"]
  household_id: string | null
  household_status: HouseholdStatus | null
  household_persons: number | null
  benefit_kind: "supply" | "dividend" | null
  amount_fen: number | string
  quantity_g: number | string
}

export const COLUMNS = [
  "id",
  "entry_key",
  "source_event_id",
  "kind",
  "party",
  "order_id",
  "line_item_id",
  "product_id",
  "variant_id",
  "cooperative_id",
  "division_code",
  "channel",
  "category",
  "live_session_id",
  "host_id",
  "household_id",
  "household_status",
  "household_persons",
  "benefit_kind",
  "amount_fen",
  "quantity_g",
  "occurred_at",
  "occurred_on",
] as const

/** The idempotency key: one entry per source event, line, party, household and benefit kind. */
export function entryKey(e: NewLedgerEntry): string {
  return [e.source_event_id, e.line_item_id, e.party, e.household_key ?? "", e.benefit_kind ?? ""].join("|")
}

export function toRowValues(e: NewLedgerEntry): unknown[] {
  const at = new Date(e.occurred_at)
  const row: Record<(typeof COLUMNS)[number], unknown> = {
    id: generateEntityId(undefined, "rle"),
    entry_key: entryKey(e),
    source_event_id: e.source_event_id,
    kind: e.kind,
    party: e.party,
    order_id: e.order_id,
    line_item_id: e.line_item_id,
    product_id: e.product_id,
    variant_id: e.variant_id,
    cooperative_id: e.cooperative_id,
    division_code: e.division_code,
    channel: e.channel,
    category: e.category,
    live_session_id: e.live_session_id,
    host_id: e.host_id,
    household_id: e.household_key ?? null,
    household_status: e.household_status ?? null,
    household_persons: e.household_persons ?? null,
    benefit_kind: e.benefit_kind ?? null,
    amount_fen: e.amount_fen,
    quantity_g: e.quantity_g,
    occurred_at: at.toISOString(),
    occurred_on: shanghaiDate(at),
  }
  return COLUMNS.map((c) => row[c])
}

export function toLedgerEntry(r: LedgerRow): LedgerEntry {
  const base = {
    order_id: r.order_id,
    line_item_id: r.line_item_id,
    cooperative_id: r.cooperative_id,
    division_code: r.division_code,
    channel: r.channel,
    category: r.category,
    occurred_at: new Date(r.occurred_at),
    kind: r.kind,
    amount_fen: Number(r.amount_fen),
    quantity_g: Number(r.quantity_g),
  }
  if (r.party === "cooperative") return { ...base, party: "cooperative" }
  if (r.party === "collective") return { ...base, party: "collective" }
  return {
    ...base,
    party: "household",
    household_key: r.household_id ?? "",
    ...(r.household_status ? { household_status: r.household_status } : {}),
    ...(r.household_persons !== null ? { household_persons: r.household_persons } : {}),
    ...(r.benefit_kind ? { benefit_kind: r.benefit_kind } : {}),
  }
}
