import { shanghaiDate } from "@fengshou/relief-core"

/** A settlement period is a China-time month, YYYY-MM. */
export const periodOf = (instant: Date): string => shanghaiDate(instant).slice(0, 7)

export function nextPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`
}

/** The first China day of a period, YYYY-MM-DD. */
export const periodFirstDay = (period: string): string => `${period}-01`

/** The instant a China calendar day (YYYY-MM-DD) begins. */
export const chinaDayStart = (day: string): Date => new Date(`${day}T00:00:00+08:00`)

/** The China calendar day of an instant, YYYY-MM-DD. */
export const chinaDay = (instant: Date): string => shanghaiDate(instant)
