import { eventFees } from "./fee"
import { shareCommission } from "./commission-shares"

const DAY_MS = 24 * 60 * 60 * 1000

export type LineKind = "sale" | "refund" | "cancel" | "commission"

/** One relief ledger entry, as much of it as settlement reads. */
export type SettlementLedgerEntry = {
  id: string
  seq: number
  source_event_id: string
  kind: "sale" | "refund" | "cancel"
  line_item_id: string
  cooperative_id: string
  amount_fen: number
  occurred_at: Date
}

/** One host commission entry (livestream module). */
export type SettlementCommissionEntry = {
  id: string
  entry_key: string
  host_id: string
  kind: "earned" | "reversed"
  base_fen: number
  amount_fen: number
  payable_at: Date
  created_at: Date
}

/** What settlement needs to know about one order besides its ledger and commission entries. */
export type SettlementOrder = {
  order_id: string
  display_id: number
  placed_at: Date
  /** When its payment was first captured; null while nothing is (no line of it is payable). */
  captured_at: Date | null
  titles: ReadonlyMap<string, string>
}

/** A line a statement may carry, payable or not yet (payable_at null: its payment is not captured). */
export type CandidateLine = {
  party: "cooperative" | "host"
  party_id: string
  line_key: string
  kind: LineKind
  order_id: string
  order_display_id: number
  line_item_id: string | null
  title: string | null
  occurred_at: Date
  payable_at: Date | null
  sales_fen: number
  fee_fen: number
  commission_fen: number
  net_fen: number
  ledger_entry_ids: string[]
}

/**
 * The ledger event a commission entry belongs to. An earned entry (`earned:<order>`) is the order's sale, a cancel
 * entry (`cancel:<order>`) its cancellation; a refund's reversal is keyed by the order's refunded total, not the refund,
 * so it goes to the order's ledger refund event nearest in time (both are written in reaction to the same refund).
 */
function ledgerSourceOf(c: SettlementCommissionEntry, lines: readonly CandidateLine[]): string | null {
  const key = c.entry_key
  if (key.startsWith("earned:")) return `order.placed:${key.slice(7)}`
  if (key.startsWith("cancel:")) return `order.canceled:${key.slice(7)}`
  const refunds = lines.filter((l) => l.kind === "refund")
  const exact = refunds.find((l) => l.line_key.startsWith(`cooperative:${key}:`))
  const distance = (l: CandidateLine) => Math.abs(l.occurred_at.getTime() - c.created_at.getTime())
  const nearest = exact ?? [...refunds].sort((x, y) => distance(x) - distance(y))[0]
  return nearest ? nearest.line_key.slice("cooperative:".length, nearest.line_key.lastIndexOf(":")) : null
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b)

/**
 * Every settlement line of one order: one cooperative line per (ledger event, order line) whose entries sum to
 * non-zero (all parties summed), with its platform fee (cumulative per order line, so a line's fees sum to the fee
 * of its net) and its share of the host commission of the same event; and one host line per commission entry.
 * Payable: a sale once captured and `holdDays` after placing; a refund or cancellation when it happened but never
 * before the sale it reverses; a host's commission at its entry's payable_at, once captured.
 */
export function orderLines(
  order: SettlementOrder,
  ledger: readonly SettlementLedgerEntry[],
  commissions: readonly SettlementCommissionEntry[],
  options: { fee_bps: number; hold_days: number },
): CandidateLine[] {
  const groups = new Map<string, SettlementLedgerEntry[]>()
  for (const e of [...ledger].sort((a, b) => a.seq - b.seq)) {
    const key = `${e.source_event_id}\u0000${e.line_item_id}`
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  const salePayable = order.captured_at
    ? later(new Date(order.placed_at.getTime() + options.hold_days * DAY_MS), order.captured_at)
    : null
  const lines: CandidateLine[] = []
  for (const entries of groups.values()) {
    const first = entries[0]!
    const sales = entries.reduce((s, e) => s + e.amount_fen, 0)
    if (sales === 0) continue
    const occurred = first.occurred_at
    lines.push({
      party: "cooperative",
      party_id: first.cooperative_id,
      line_key: `cooperative:${first.source_event_id}:${first.line_item_id}`,
      kind: first.kind,
      order_id: order.order_id,
      order_display_id: order.display_id,
      line_item_id: first.line_item_id,
      title: order.titles.get(first.line_item_id) ?? null,
      occurred_at: occurred,
      payable_at: salePayable && (first.kind === "sale" ? salePayable : later(occurred, salePayable)),
      sales_fen: sales,
      fee_fen: 0,
      commission_fen: 0,
      net_fen: 0,
      ledger_entry_ids: entries.map((e) => e.id),
    })
  }
  applyFees(lines, options.fee_bps)
  applyCommission(lines, commissions)
  for (const l of lines) l.net_fen = l.sales_fen - l.fee_fen - l.commission_fen
  for (const c of commissions) lines.push(hostLine(order, c))
  return lines
}

function applyFees(lines: CandidateLine[], bps: number) {
  // Lines are in ledger order (seq of their first entry), so each order line's events come sale first.
  for (const id of new Set(lines.map((l) => l.line_item_id))) {
    const mine = lines.filter((l) => l.line_item_id === id)
    eventFees(
      mine.map((l) => l.sales_fen),
      bps,
    ).forEach((fee, i) => (mine[i]!.fee_fen = fee))
  }
}

function applyCommission(lines: CandidateLine[], commissions: readonly SettlementCommissionEntry[]) {
  const saleLines = lines.filter((l) => l.kind === "sale")
  for (const c of commissions) {
    const source = ledgerSourceOf(c, lines)
    const own = source ? lines.filter((l) => l.line_key.startsWith(`cooperative:${source}:`)) : []
    // A reversal whose ledger event was not written (or carries nothing) is taken from the sale lines instead.
    const shares = shareCommission(c.amount_fen, toWeights(own)) ?? shareCommission(c.amount_fen, toWeights(saleLines))
    // No ledger lines at all: nothing can carry it; reconciliation reports the order (kind commission).
    if (!shares) continue
    for (const l of lines) l.commission_fen += shares.get(l.line_key) ?? 0
  }
}

const toWeights = (lines: readonly CandidateLine[]) => lines.map((l) => ({ key: l.line_key, sales_fen: l.sales_fen }))

function hostLine(order: SettlementOrder, c: SettlementCommissionEntry): CandidateLine {
  const sign = c.kind === "reversed" ? -1 : 1
  return {
    party: "host",
    party_id: c.host_id,
    line_key: `host:${c.id}`,
    kind: "commission",
    order_id: order.order_id,
    order_display_id: order.display_id,
    line_item_id: null,
    title: null,
    occurred_at: c.created_at,
    payable_at: order.captured_at && later(c.payable_at, order.captured_at),
    sales_fen: sign * Math.abs(c.base_fen),
    fee_fen: 0,
    commission_fen: c.amount_fen,
    net_fen: c.amount_fen,
    ledger_entry_ids: [],
  }
}
