import {
  allocateLine,
  reverseAllocation,
  toLedgerEntries,
  type LedgerEntry,
  type LedgerEntryKind,
  type NewLedgerEntry,
} from "@fengshou/relief-core"
import type { LineFacts, OrderFacts, RefundFacts } from "./order-facts"
import { ReturnBook, spreadCapped, spreadOverReturn, type Holding } from "./refund-shares"
import {
  allocationOf,
  applyWritten,
  factsDimensions,
  free,
  reserve,
  stateFromWritten,
  type Dimensions,
  type LineState,
  type WrittenEntry,
} from "./line-state"

export type { WrittenEntry } from "./line-state"

export const saleSource = (orderId: string) => `order.placed:${orderId}`
export const cancelSource = (orderId: string) => `order.canceled:${orderId}`
export const refundSource = (refundId: string) => `refund:${refundId}`

interface Reversal {
  readonly source: string
  readonly kind: Exclude<LedgerEntryKind, "sale">
  readonly at: Date
  /** The refund as Medusa lists it; null for a cancel, and for a written refund Medusa no longer lists. */
  readonly refund: RefundFacts | null
}

/** One reversal's effect: fen and grams (≤ 0) per relief line, fen per other line (no entries: not relief). */
interface ReversalShares {
  readonly fen: number[]
  readonly grams: number[]
  readonly other_fen: number[]
}

/**
 * What the ledger should hold for an order and does not yet: the sale if it is missing, then each refund and the
 * cancellation in time order. Entries already written are taken as they are (a sale keeps the households of the
 * lot it was sold from, even if lots change later), so running this again after it was written returns nothing.
 * A reversal is counted where its sale was: it copies the sale's channel, cooperative, village, category, live
 * session and host, so a customer who joins the institution group, or a cooperative that moves, shifts nothing.
 * Refunds are order-level in Medusa. A refund made for a return (refund metadata names it) comes off the returned
 * lines, each up to the value of its returned units, and reverses those units' grams once, even if only part of the
 * money is refunded: the goods came back. Any other refund is spread over every merchandise line, relief or not, in
 * proportion to what each still holds, with no grams (nothing came back); only relief lines' shares are entries,
 * and anything beyond the merchandise left is shipping. A cancel takes back whatever remains, amount and grams.
 * A missing reversal older than written ones takes only what those left.
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
      pending: new Map(),
      households,
    }
  })

  const others = facts.other_lines.map((l) => ({ ...l, quantity_g: 0, remaining_fen: l.net_fen }))
  const book = new ReturnBook(writtenForReturns(facts, bySource))
  const events = reversalsInOrder(facts, bySource)
  const writtenOf = (r: Reversal, state: LineState) =>
    (bySource.get(r.source) ?? []).filter((e) => e.line_item_id === state.facts.line_item_id)
  // What written reversals still to come take from each line is kept for them: a refund that arrives after the
  // cancel that followed it (Medusa refunds while canceling) finds nothing left to take.
  for (const r of events) for (const state of states) reserve(state, r.source, writtenOf(r, state))
  for (const reversal of events) {
    const isWritten = bySource.has(reversal.source)
    if (isWritten) for (const state of states) state.pending.delete(reversal.source)
    // A written reversal is replayed (for the lines with no entries) as it was planned: before later ones existed.
    const holding = (st: LineState) => (isWritten ? st.remaining_fen : free(st).fen)
    const holdings: Holding[] = [...states.map((st) => ({ ...st.facts, remaining_fen: holding(st) })), ...others]
    const shares = sharesOf(reversal, states, holdings, book)
    others.forEach((o, i) => takeFromOther(o, shares.other_fen[i] ?? 0, reversal, book))
    if (isWritten) {
      for (const state of states) applyWritten(state, writtenOf(reversal, state))
      continue
    }
    states.forEach((state, i) => {
      const refund_fen = shares.fen[i] ?? 0
      const quantity_g = shares.grams[i] ?? 0
      noteReturned(reversal, book, state.facts.line_item_id, refund_fen)
      // A reversal that takes nothing still leaves one zero entry (on the first line), so it counts as written: it
      // is not planned again later, over what later reversals left, and the heal job stops listing it.
      const marker = i === 0 && shares.fen.every((f) => f === 0) && shares.grams.every((g) => g === 0)
      if (refund_fen === 0 && quantity_g === 0 && !marker) return
      const previous_reversals = [...state.reversals, ...[...state.pending.values()].map(allocationOf)]
      const allocation = reverseAllocation({ original: state.sale, previous_reversals, refund_fen })
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
    events.set(source, { source, kind: first.kind, at: new Date(first.occurred_at), refund: null })
  }
  for (const refund of facts.refunds) {
    const source = refundSource(refund.id)
    const at = events.get(source)?.at ?? refund.created_at
    events.set(source, { source, kind: "refund", at, refund })
  }
  const cancel = cancelSource(facts.order_id)
  if (facts.canceled_at && !events.has(cancel))
    events.set(cancel, { source: cancel, kind: "cancel", at: facts.canceled_at, refund: null })
  return [...events.values()].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.source < b.source ? -1 : 1))
}

/** What a reversal takes from each line, before it is written (or to check what was written against). */
function sharesOf(
  reversal: Reversal,
  states: readonly LineState[],
  holdings: readonly Holding[],
  book: ReturnBook,
): ReversalShares {
  const relief = states.length
  const zeros = () => states.map(() => 0)
  if (reversal.kind === "cancel") {
    return {
      fen: states.map((s) => free(s).fen),
      grams: states.map((s) => -free(s).g),
      other_fen: holdings.slice(relief).map((h) => h.remaining_fen),
    }
  }
  const refund = reversal.refund
  if (!refund) return { fen: zeros(), grams: zeros(), other_fen: holdings.slice(relief).map(() => 0) }
  if (!refund.return) {
    const all = spreadCapped(
      refund.amount_fen,
      holdings.map((h) => h.remaining_fen),
    )
    return { fen: all.slice(0, relief), grams: zeros(), other_fen: all.slice(relief) }
  }
  const { lines, grams_due } = book.lines(refund.return, holdings)
  const all = spreadOverReturn(refund.amount_fen, holdings, lines)
  return {
    fen: all.slice(0, relief),
    grams: states.map((s) => (grams_due ? -Math.min(lines.get(s.facts.line_item_id)?.grams ?? 0, free(s).g) : 0)),
    other_fen: all.slice(relief),
  }
}

/** Counts fen refunded for a return against its line, so a second refund of the same return finds only the rest. */
function noteReturned(reversal: Reversal, book: ReturnBook, lineId: string, fen: number): void {
  const ret = reversal.refund?.return
  if (!ret || fen === 0) return
  const line = book.lines(ret, []).lines.get(lineId)
  if (line) line.refunded_fen += fen
}

function takeFromOther(
  other: { line_item_id: string; remaining_fen: number },
  fen: number,
  r: Reversal,
  b: ReturnBook,
) {
  other.remaining_fen -= fen
  noteReturned(r, b, other.line_item_id, fen)
}

/** What the written refunds of each return took from each relief line (fen ≥ 0), whenever they were made. */
function writtenForReturns(facts: OrderFacts, bySource: Map<string, WrittenEntry[]>) {
  const taken = new Map<string, Map<string, number>>()
  for (const refund of facts.refunds) {
    const entries = bySource.get(refundSource(refund.id))
    if (!refund.return || !entries) continue
    const lines = taken.get(refund.return.id) ?? new Map<string, number>()
    for (const e of entries) lines.set(e.line_item_id, (lines.get(e.line_item_id) ?? 0) - e.amount_fen)
    taken.set(refund.return.id, lines)
  }
  return taken
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}
