import type { OfficialReport } from "../../../../queries/official/read-report"
import { EXPORT_TEXT, type ExportLang } from "./export-text"

/** A chart's data: category labels and one or more named series of fen, one value per label. */
export type ChartSeries = { labels: string[]; series: { name: string; fen: number[] }[] }

// A long period draws its months as they come rather than hundreds of empty ones.
const MAX_FILLED_MONTHS = 120

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  const last = to.slice(0, 7)
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`
    if (key > last || months.length > MAX_FILLED_MONTHS) break
    months.push(key)
    month = month === 12 ? 1 : month + 1
    if (month === 1) year += 1
  }
  return months
}

/** Sales and household income per month of the period (YYYY-MM), months without entries as zeros. */
export function monthTrend(trend: OfficialReport, lang: ExportLang): ChartSeries {
  const byMonth = new Map(trend.rows.map((r) => [r.key, r]))
  const filled = monthsBetween(trend.from, trend.to)
  const labels = filled.length > MAX_FILLED_MONTHS ? trend.rows.map((r) => r.key ?? "") : filled
  const t = EXPORT_TEXT[lang]
  return {
    labels,
    series: [
      { name: t.sales, fen: labels.map((m) => byMonth.get(m)?.sales_fen ?? 0) },
      { name: t.income, fen: labels.map((m) => byMonth.get(m)?.household_income_fen ?? 0) },
    ],
  }
}

/** Sales per channel (the channel's name in the export's language). */
export function channelSplit(channels: OfficialReport, lang: ExportLang): ChartSeries {
  return {
    labels: channels.rows.map((r) => r.label ?? r.key ?? ""),
    series: [{ name: EXPORT_TEXT[lang].sales, fen: channels.rows.map((r) => r.sales_fen) }],
  }
}
