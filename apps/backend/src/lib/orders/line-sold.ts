import { yuanToFen } from "@fengshou/relief-core"

type Money = number | string | null | undefined
/** An order line's totals as query.graph computes them (asked with the order's item_total), in Medusa's yuan. */
export type LineTotals = { total: Money; return_received_total?: Money; return_dismissed_total?: Money }

const fen = (m: Money) => (m === null || m === undefined ? 0 : yuanToFen(String(m)))

/**
 * What the line was sold for, in fen: once a return is received Medusa's line `total` covers only the units kept, so
 * the returned units' totals (received or dismissed) are added back. The relief ledger, the cooperative's and the
 * shopper's reads all count a line this way.
 */
export function lineSoldFen(line: LineTotals): number {
  return fen(line.total) + fen(line.return_received_total) + fen(line.return_dismissed_total)
}
