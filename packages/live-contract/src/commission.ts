/**
 * Commission on an order = rate × net sales, in whole fen. Refunds reverse the difference between what was earned
 * and what the remaining net earns, so after any sequence of refunds the host holds exactly round(rate × net).
 */
export function commissionFen(netSalesFen: number, rateBps: number): number {
  if (!Number.isSafeInteger(netSalesFen) || !Number.isSafeInteger(rateBps))
    throw new RangeError("fen and bp are integers")
  if (netSalesFen <= 0 || rateBps <= 0) return 0
  // Half up on exact integers: (net × bps + 5000) div 10000.
  return Math.floor((netSalesFen * rateBps + 5000) / 10000)
}

/** The (negative or zero) reversal that takes an order's commission from `earnedFen` to the commission on `netAfterFen`. */
export function commissionReversalFen(earnedFen: number, netAfterFen: number, rateBps: number): number {
  return commissionFen(Math.max(0, netAfterFen), rateBps) - earnedFen
}

/** Units a shopper may still take of a session product: what the cap and their own limit both leave. */
export function unitsAllowed(input: { cap: number; sold: number; limit: number; boughtByShopper: number }): number {
  return Math.max(0, Math.min(input.cap - input.sold, input.limit - input.boughtByShopper))
}
