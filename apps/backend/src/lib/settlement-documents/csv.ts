const BOM = "\uFEFF"

// A text cell that a spreadsheet would read as a formula (a product may be titled "=HYPERLINK(…)").
const FORMULA_START = /^[=+\-@\t\r]/

function cell(value: string, text: boolean): string {
  const s = text && FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** One CSV cell: `text` cells are guarded against formulas, amounts (which may start with "-") are not. */
export type CsvCell = { value: string; text: boolean }
export const textCell = (value: string | null | undefined): CsvCell => ({ value: value ?? "", text: true })
export const numberCell = (value: string): CsvCell => ({ value, text: false })

/** Rows as CSV: UTF-8 with a byte-order mark so Excel reads the Chinese, CRLF line ends. */
export function toCsv(rows: CsvCell[][]): Buffer {
  const lines = rows.map((row) => row.map((c) => cell(c.value, c.text)).join(","))
  return Buffer.from(BOM + lines.join("\r\n") + "\r\n", "utf8")
}
