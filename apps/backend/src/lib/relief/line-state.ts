import type { LedgerEntry, LineAllocation, NewLedgerEntry } from "@fengshou/relief-core"
import type { LineFacts, OrderFacts } from "./order-facts"

// The planner's view of one relief line: its sale (as written or as planned now), the reversals so far, what it
// still holds, and what written reversals later in time have already taken from it.

/** An entry already in the ledger, with the event that wrote it and the dimensions it was counted under. */
export type WrittenEntry = NewLedgerEntry

/** What a line's entries are counted under in reports; a reversal copies its sale's, whatever changed since. */
export type Dimensions = Pick<
  NewLedgerEntry,
  | "product_id"
  | "variant_id"
  | "live_session_id"
  | "host_id"
  | "cooperative_id"
  | "division_code"
  | "channel"
  | "category"
>

/** What one relief line holds while the planner walks its events. */
export interface LineState {
  readonly facts: LineFacts
  /** The sale's dimensions: as written, or from the facts when the sale is planned now. */
  readonly dimensions: Dimensions
  readonly sale: LineAllocation
  readonly reversals: LineAllocation[]
  remaining_fen: number
  remaining_g: number
  /** Written reversals later in time, by source: what they took is not there for a reversal planned before them. */
  readonly pending: Map<string, readonly WrittenEntry[]>
  /** Households of the sale as written (status and size at that time), for the reversals' entries. */
  readonly households: {
    household_key: string
    status: NonNullable<LedgerEntry["household_status"]>
    persons: number
  }[]
}

export function allocationOf(entries: readonly WrittenEntry[]): LineAllocation {
  return {
    cooperative_fen: entries.filter((e) => e.party === "cooperative").reduce((sum, e) => sum + e.amount_fen, 0),
    collective_fen: entries.filter((e) => e.party === "collective").reduce((sum, e) => sum + e.amount_fen, 0),
    entries: entries
      .filter((e) => e.party === "household")
      .map((e) => ({
        household_key: e.household_key ?? "",
        kind: e.benefit_kind ?? "supply",
        amount_fen: e.amount_fen,
      })),
  }
}

export function stateFromWritten(line: LineFacts, sale: readonly WrittenEntry[]): LineState {
  const households = sale
    .filter((e) => e.party === "household" && e.household_status && e.household_persons)
    .map((e) => ({ household_key: e.household_key ?? "", status: e.household_status!, persons: e.household_persons! }))
  const unique = [...new Map(households.map((h) => [h.household_key, h])).values()]
  const amount = sale.reduce((sum, e) => sum + e.amount_fen, 0)
  const grams = sale.reduce((sum, e) => sum + e.quantity_g, 0)
  const dimensions = pickDimensions(sale[0]!)
  return {
    facts: line,
    dimensions,
    sale: allocationOf(sale),
    reversals: [],
    remaining_fen: amount,
    remaining_g: grams,
    pending: new Map(),
    households: unique,
  }
}

export function factsDimensions(facts: OrderFacts, line: LineFacts): Dimensions {
  return pickDimensions({
    ...line,
    channel: facts.channel,
    live_session_id: facts.live_session_id,
    host_id: facts.host_id,
  })
}

export function pickDimensions(d: Dimensions): Dimensions {
  const { product_id, variant_id, live_session_id, host_id, cooperative_id, division_code, channel, category } = d
  return { product_id, variant_id, live_session_id, host_id, cooperative_id, division_code, channel, category }
}

/** Sets aside what a written reversal took from a line until the planner reaches it in time order. */
export function reserve(state: LineState, source: string, entries: readonly WrittenEntry[]): void {
  if (entries.length) state.pending.set(source, entries)
}

/** What a line holds that no written reversal later in time has taken: all a reversal planned now may take. */
export function free(state: LineState): { fen: number; g: number } {
  const later = [...state.pending.values()].flat()
  return {
    fen: state.remaining_fen + later.reduce((sum, e) => sum + e.amount_fen, 0),
    g: state.remaining_g + later.reduce((sum, e) => sum + e.quantity_g, 0),
  }
}

/** A written reversal counts as written (amounts and grams), whatever this planner would say of it today. */
export function applyWritten(state: LineState, entries: readonly WrittenEntry[]): void {
  if (!entries.length) return
  state.reversals.push(allocationOf(entries))
  state.remaining_fen += entries.reduce((sum, e) => sum + e.amount_fen, 0)
  state.remaining_g += entries.reduce((sum, e) => sum + e.quantity_g, 0)
}
