import {
  allocateLargestRemainder,
  allocateLine,
  reverseAllocation,
  toLedgerEntries,
  type LedgerEntry,
  type LedgerEntryKind,
  type LineAllocation,
  type NewLedgerEntry,
} from "@fengshou/relief-core"
import type { LineFacts, OrderFacts } from "./order-facts"

/** An entry already in the ledger, with the event that wrote it and the dimensions it was counted under. */
export type WrittenEntry = NewLedgerEntry

/** What a line's entries are counted under in reports; a reversal copies its sale's, whatever changed since. */
type Dimensions = Pick<
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

export const saleSource = (orderId: string) => `order.placed:${orderId}`
export const cancelSource = (orderId: string) => `order.canceled:${orderId}`
export const refundSource = (refundId: string) => `refund:${refundId}`

interface LineState {
  readonly facts: LineFacts
  /** The sale's dimensions: as written, or from the facts when the sale is planned now. */
  readonly dimensions: Dimensions
  readonly sale: LineAllocation
  readonly reversals: LineAllocation[]
  remaining_fen: number
  remaining_g: number
  /** Households of the sale as written (status and size at that time), for the reversals' entries. */
  readonly households: {
    household_key: string
    status: NonNullable<LedgerEntry["household_status"]>
    persons: number
  }[]
}

interface Reversal {
  readonly source: string
  readonly kind: Exclude<LedgerEntryKind, "sale">
  readonly at: Date
  /** A refund's amount in fen; a cancel takes back whatever remains. */
  readonly amount_fen: number | null
}

/**
 * What the ledger should hold for an order and does not yet: the sale if it is missing, then each refund and the
 * cancellation in time order. Entries already written are taken as they are (a sale keeps the households of the
 * lot it was sold from, even if lots change later), so running this again after it was written returns nothing.
 * A reversal is counted where its sale was: it copies the sale's channel, cooperative, village, category, live
 * session and host, so a customer who joins the institution group, or a cooperative that moves, shifts nothing.
 * Refunds are order-level in Medusa: a refund is spread over the lines in proportion to what each still holds,
 * capped at the merchandise left (anything beyond is a shipping refund, which is not relief consumption).
 */
export function planOrderEntries(facts: OrderFacts, written: readonly WrittenEntry[]): NewLedgerEntry[] {
  const bySource = groupBy(written, (e) => e.source_event_id)
  const planned: NewLedgerEntry[] = []
  const dims = (dimensions: Dimensions, line: LineFacts, kind: LedgerEntryKind, at: Date, source: string) => ({
    ...dimensions,
    source_event_id: source,
    order_id: facts.order_id,
    line_item_id: line.line_item_id,
    occurred_at: at,
    kind,
  })

  const sold = bySource.get(saleSource(facts.order_id))
  const states: LineState[] = facts.lines.map((line) => {
    const writtenSale = sold?.filter((e) => e.line_item_id === line.line_item_id)
    if (writtenSale?.length) return stateFromWritten(line, writtenSale)
    const sale = allocateLine(line)
    const dimensions = factsDimensions(facts, line)
    const households = line.contributions.map((c) => ({
      household_key: c.household_key,
      status: c.status,
      persons: c.persons,
    }))
    const context = {
      ...dims(dimensions, line, "sale", facts.placed_at, saleSource(facts.order_id)),
      quantity_g: line.quantity_g,
      households,
    }
    planned.push(...withAudit(toLedgerEntries(context, sale), context))
    return {
      facts: line,
      dimensions,
      sale,
      reversals: [],
      remaining_fen: line.net_fen,
      remaining_g: line.quantity_g,
      households,
    }
  })

  for (const reversal of reversalsInOrder(facts, bySource)) {
    const already = bySource.get(reversal.source)
    if (already) {
      for (const state of states)
        applyWritten(
          state,
          already.filter((e) => e.line_item_id === state.facts.line_item_id),
        )
      continue
    }
    const shares =
      reversal.amount_fen === null ? states.map((s) => s.remaining_fen) : spread(reversal.amount_fen, states)
    states.forEach((state, i) => {
      const refund_fen = shares[i] ?? 0
      const quantity_g = reversal.kind === "cancel" ? -state.remaining_g : 0
      if (refund_fen === 0 && quantity_g === 0) return
      const allocation = reverseAllocation({ original: state.sale, previous_reversals: state.reversals, refund_fen })
      const context = {
        ...dims(state.dimensions, state.facts, reversal.kind, reversal.at, reversal.source),
        quantity_g,
        households: state.households,
      }
      planned.push(...withAudit(toLedgerEntries(context, allocation), context))
      state.reversals.push(allocation)
      state.remaining_fen -= refund_fen
      state.remaining_g += quantity_g
    })
  }
  return planned
}

type Audit = Pick<NewLedgerEntry, "source_event_id" | "product_id" | "variant_id" | "live_session_id" | "host_id">

function withAudit(entries: readonly LedgerEntry[], context: Audit): NewLedgerEntry[] {
  const { source_event_id, product_id, variant_id, live_session_id, host_id } = context
  return entries.map((e) => ({ ...e, source_event_id, product_id, variant_id, live_session_id, host_id }))
}

/** Refunds and the cancellation, oldest first; written reversals whose refund Medusa no longer lists still count. */
function reversalsInOrder(facts: OrderFacts, bySource: Map<string, WrittenEntry[]>): Reversal[] {
  const events = new Map<string, Reversal>()
  for (const [source, entries] of bySource) {
    const first = entries[0]
    if (!first || first.kind === "sale") continue
    events.set(source, { source, kind: first.kind, at: new Date(first.occurred_at), amount_fen: null })
  }
  for (const refund of facts.refunds) {
    const source = refundSource(refund.id)
    if (!events.has(source))
      events.set(source, { source, kind: "refund", at: refund.created_at, amount_fen: refund.amount_fen })
  }
  const cancel = cancelSource(facts.order_id)
  if (facts.canceled_at && !events.has(cancel))
    events.set(cancel, { source: cancel, kind: "cancel", at: facts.canceled_at, amount_fen: null })
  return [...events.values()].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.source < b.source ? -1 : 1))
}

/** A refund over the lines, in proportion to what each still holds, capped at what is left in all. */
function spread(amount_fen: number, states: readonly LineState[]): number[] {
  const left = states.reduce((sum, s) => sum + s.remaining_fen, 0)
  const total = Math.min(amount_fen, left)
  if (total <= 0) return states.map(() => 0)
  return allocateLargestRemainder(
    total,
    states.map((s, i) => ({ key: String(i).padStart(6, "0"), weight: s.remaining_fen })),
  ).map((p) => p.amount)
}

function allocationOf(entries: readonly WrittenEntry[]): LineAllocation {
  return {
    cooperative_fen: entries.filter((e) => e.party === "cooperative").reduce((sum, e) => sum + e.amount_fen, 0),
    entries: entries
      .filter((e) => e.party === "household")
      .map((e) => ({
        household_key: e.household_key ?? "",
        kind: e.benefit_kind ?? "supply",
        amount_fen: e.amount_fen,
      })),
  }
}

function stateFromWritten(line: LineFacts, sale: readonly WrittenEntry[]): LineState {
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
    households: unique,
  }
}

function factsDimensions(facts: OrderFacts, line: LineFacts): Dimensions {
  return pickDimensions({
    ...line,
    channel: facts.channel,
    live_session_id: facts.live_session_id,
    host_id: facts.host_id,
  })
}

function pickDimensions(d: Dimensions): Dimensions {
  const { product_id, variant_id, live_session_id, host_id, cooperative_id, division_code, channel, category } = d
  return { product_id, variant_id, live_session_id, host_id, cooperative_id, division_code, channel, category }
}

function applyWritten(state: LineState, entries: readonly WrittenEntry[]): void {
  if (!entries.length) return
  state.reversals.push(allocationOf(entries))
  state.remaining_fen += entries.reduce((sum, e) => sum + e.amount_fen, 0)
  state.remaining_g += entries.reduce((sum, e) => sum + e.quantity_g, 0)
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}
