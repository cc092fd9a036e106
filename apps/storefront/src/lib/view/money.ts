// Formatting and scaling of integer fen. Medusa's decimal yuan becomes fen in one place only: relief-core's
// yuanToFen, which the views call where they read an amount.
import { fenToGroupedYuanString } from "@fengshou/relief-core"

/** "¥1,234.50" — the same shape in zh-CN and en (both group by thousands with commas). */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Fen must be an integer: ${fen}`)
  const grouped = fenToGroupedYuanString(fen)
  return grouped.startsWith("-") ? `-¥${grouped.slice(1)}` : `¥${grouped}`
}

/** fen × numerator ÷ denominator, rounded half up, in integers (used for price per 斤 or per kg). */
export function scaleFen(fen: number, numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError("denominator must be positive")
  const scaled = fen * numerator
  if (!Number.isSafeInteger(scaled)) throw new RangeError("amount too large to scale")
  return Math.floor((2 * scaled + denominator) / (2 * denominator))
}
