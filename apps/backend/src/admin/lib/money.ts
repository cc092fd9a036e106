import { fenToGroupedYuanString, shanghaiDate } from "@fengshou/relief-core"

/** "¥1,234.56" (or "-¥12.30") from integer fen: relief-core's string formatting, thousands grouped, no floats. */
export function yuan(fen: number): string {
  const grouped = fenToGroupedYuanString(fen)
  return grouped.startsWith("-") ? `-¥${grouped.slice(1)}` : `¥${grouped}`
}

/** The China calendar date (YYYY-MM-DD) of an instant the API sends as ISO 8601 (anything else shown as it came). */
export function chinaDate(instant: string): string {
  try {
    return shanghaiDate(instant)
  } catch {
    return instant
  }
}

/** Today's date in China (YYYY-MM-DD), the day an operator means when they say "paid today". */
export const chinaToday = (now = new Date()) => shanghaiDate(now)

/** The first and last day (YYYY-MM-DD) of the calendar month before this one, China time. */
export function previousChinaMonth(now = new Date()): { from: string; to: string } {
  const [year = 0, month = 1] = chinaToday(now).split("-").map(Number)
  const prevYear = month === 1 ? year - 1 : year
  const prevMonth = month === 1 ? 12 : month - 1
  // Day 0 of this month is the last day of the previous one (UTC dates, so no time zone shifts the day).
  const lastDay = new Date(Date.UTC(year, month - 1, 0)).getUTCDate()
  const mm = String(prevMonth).padStart(2, "0")
  return { from: `${prevYear}-${mm}-01`, to: `${prevYear}-${mm}-${String(lastDay).padStart(2, "0")}` }
}
