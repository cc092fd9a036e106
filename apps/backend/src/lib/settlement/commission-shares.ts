import { allocateLargestRemainder } from "@fengshou/relief-core"

/**
 * Splits one commission entry (signed) across the statement lines of the event it belongs to, by the magnitude of
 * their sales (largest remainder), so the shares sum exactly to the entry. Returns null when the lines carry no sales
 * to weigh by (the caller falls back to the order's sale lines).
 */
export function shareCommission(
  amountFen: number,
  lines: readonly { key: string; sales_fen: number }[],
): Map<string, number> | null {
  const weights = lines.map((l) => ({ key: l.key, weight: Math.abs(l.sales_fen) }))
  if (amountFen !== 0 && !weights.some((w) => w.weight > 0)) return null
  return new Map(allocateLargestRemainder(amountFen, weights).map((p) => [p.key, p.amount]))
}
