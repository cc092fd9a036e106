import { allocateLargestRemainder } from "@fengshou/relief-core"
import type { ReturnFacts } from "./order-facts"

/** One merchandise line, relief or not, as a refund sees it. */
export interface Holding {
  readonly line_item_id: string
  readonly net_fen: number
  readonly quantity: number
  /** Grams sold; 0 for a line the ledger does not count. */
  readonly quantity_g: number
  readonly remaining_fen: number
}

/** What a return brings back on one line: the value and grams of its units, and how much of it was refunded. */
export interface ReturnedLine {
  readonly value_fen: number
  readonly grams: number
  refunded_fen: number
}

/**
 * Up to `amount_fen` over parts in proportion to their caps, never more than a part's cap: with a total at most the
 * caps' sum, largest remainder gives each part the floor of its quota or one more only when the quota is not whole,
 * so below its cap. Whatever exceeds the caps' sum is left out (a shipping refund, or more than the goods' value).
 */
export function spreadCapped(amount_fen: number, caps: readonly number[]): number[] {
  const total = Math.min(
    amount_fen,
    caps.reduce((sum, c) => sum + c, 0),
  )
  if (total <= 0) return caps.map(() => 0)
  const weights = caps.map((weight, i) => ({ key: String(i).padStart(6, "0"), weight }))
  return allocateLargestRemainder(total, weights).map((p) => p.amount)
}

/** `total × part / whole`, rounded half up, in integers. */
const share = (total: number, part: number, whole: number) =>
  whole <= 0 ? 0 : Math.floor((2 * total * part + whole) / (2 * whole))

/**
 * The returns of one order, line by line. A return's units are valued when it is first seen (its first refund,
 * oldest first) at the line's net and grams for those units. Rounding is cumulative per line (units returned so
 * far, then with this return), so returning every unit in several returns gives back exactly the line's net and
 * grams, never a fen or gram more. What written refunds of a return took counts from the start, whenever they
 * were made, and a return with a written refund has had its grams.
 */
export class ReturnBook {
  private readonly returns = new Map<string, Map<string, ReturnedLine>>()
  private readonly unitsBack = new Map<string, number>()

  /** @param written fen (≥ 0) that written refunds of each return took from each line: return id → line id → fen */
  constructor(private readonly written: ReadonlyMap<string, ReadonlyMap<string, number>>) {}

  /** The lines of a return; `grams_due` is true only for its first refund, when none of its refunds is written. */
  lines(ret: ReturnFacts, holdings: readonly Holding[]): { lines: Map<string, ReturnedLine>; grams_due: boolean } {
    const seen = this.returns.get(ret.id)
    if (seen) return { lines: seen, grams_due: false }
    const lines = new Map<string, ReturnedLine>()
    for (const item of ret.items) {
      const line = holdings.find((h) => h.line_item_id === item.line_item_id)
      if (!line || item.quantity <= 0) continue
      const before = Math.min(this.unitsBack.get(line.line_item_id) ?? 0, line.quantity)
      const after = Math.min(before + item.quantity, line.quantity)
      this.unitsBack.set(line.line_item_id, after)
      const previous = lines.get(line.line_item_id)
      lines.set(line.line_item_id, {
        value_fen:
          (previous?.value_fen ?? 0) +
          share(line.net_fen, after, line.quantity) -
          share(line.net_fen, before, line.quantity),
        grams:
          (previous?.grams ?? 0) +
          share(line.quantity_g, after, line.quantity) -
          share(line.quantity_g, before, line.quantity),
        refunded_fen: this.written.get(ret.id)?.get(line.line_item_id) ?? 0,
      })
    }
    this.returns.set(ret.id, lines)
    return { lines, grams_due: !this.written.has(ret.id) }
  }
}

/** A refund for a return over the returned lines, each up to its units' value not yet refunded and what it holds. */
export function spreadOverReturn(amount_fen: number, holdings: readonly Holding[], lines: Map<string, ReturnedLine>) {
  const caps = holdings.map((h) => {
    const line = lines.get(h.line_item_id)
    return line ? Math.max(0, Math.min(line.value_fen - line.refunded_fen, h.remaining_fen)) : 0
  })
  return spreadCapped(amount_fen, caps)
}
