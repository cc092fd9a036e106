import { fenToGroupedYuanString, fenToYuanString } from "@fengshou/relief-core"

// How amounts, rates and instants are printed on settlement documents. Amounts stay integer fen until here and
// become text by relief-core's exact fen → yuan formatting; nothing passes through a float.

/** Yuan with two decimals, as a spreadsheet reads it: 123456 → "1234.56", -5 → "-0.05". */
export function yuan(fen: number): string {
  return fenToYuanString(fen)
}

/** Yuan with two decimals and thousands separators, for print: 123456 → "1,234.56". */
export function yuanGrouped(fen: number): string {
  return fenToGroupedYuanString(fen)
}

/** Basis points as a percentage with two decimals: 500 → "5.00%", 1234 → "12.34%". */
export function percent(bps: number): string {
  return `${Math.floor(bps / 100)}.${String(bps % 100).padStart(2, "0")}%`
}

/** An instant in China time (UTC+8, no daylight saving) to the minute: "2026-12-06 08:05". */
export function chinaMinute(instant: Date | string): string {
  const at = typeof instant === "string" ? new Date(instant) : instant
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ")
}
