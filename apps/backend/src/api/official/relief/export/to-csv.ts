import type { OfficialReport } from "../../../../queries/official/read-report"
import type { ExportLang } from "./export-text"
import { reportColumns, tableRows } from "./report-table"

const BOM = "\uFEFF"

// A text cell that a spreadsheet would read as a formula (a cooperative may name itself "=HYPERLINK(…)").
const FORMULA_START = /^[=+\-@\t\r]/

function cell(value: string | number | null, text: boolean): string {
  if (value === null) return ""
  let s = String(value)
  if (text && FORMULA_START.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * The report as CSV: UTF-8 with a byte-order mark so Excel reads the Chinese, CRLF line ends, one header line
 * of `标题 (id)`, one line per row, the totals last.
 */
export function reportToCsv(report: OfficialReport, lang: ExportLang = "zh"): Buffer {
  const columns = reportColumns(report, lang)
  const lines = [columns.map((c) => cell(`${c.title} (${c.id})`, true)).join(",")]
  for (const row of tableRows(report, lang))
    lines.push(columns.map((c) => cell(c.value(row), c.kind === "text")).join(","))
  return Buffer.from(BOM + lines.join("\r\n") + "\r\n", "utf8")
}
