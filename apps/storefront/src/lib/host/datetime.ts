// A session's start is typed in an <input type="datetime-local"> ("2026-11-22T20:00"), which has no zone. Hosts and
// viewers are in China, so it is read as China time (UTC+8 all year, no daylight saving) and sent with its offset.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/** "2026-11-22T20:00" → "2026-11-22T20:00:00+08:00"; null for anything that is not a real date and time. */
export function chinaLocalToIso(local: string): string | null {
  const match = LOCAL.exec(local.trim())
  if (!match) return null
  const [, y, mo, d, h, mi, s = "00"] = match
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)))
  // Date.UTC rolls 31 Feb over into March; a real date reads back the same.
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(mo) - 1 || Number(h) > 23 || Number(mi) > 59)
    return null
  return `${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`
}

/** An instant as the datetime-local value China time shows, to the minute: the inverse of chinaLocalToIso. */
export function toChinaLocal(instant: Date | string): string {
  const shifted = new Date(new Date(instant).getTime() + 8 * 60 * 60 * 1000)
  return shifted.toISOString().slice(0, 16)
}
