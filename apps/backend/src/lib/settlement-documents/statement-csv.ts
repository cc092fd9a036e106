import type { StatementDetail } from "@fengshou/store-contract"
import { numberCell, textCell, toCsv, type CsvCell } from "./csv"
import { lineColumns, sortedLines, statementFields, totalsRow } from "./statement-table"
import type { DocumentLang } from "./text"

const header = (label: string, id: string) => textCell(`${label} (${id})`)

/**
 * A statement as CSV: the heading as `label (id),value` pairs, a blank line, then the line table (header row of
 * `标题 (id)`, one row per line, the totals row last). Amounts are yuan with two decimals.
 */
export function statementToCsv(detail: StatementDetail, lang: DocumentLang = "zh"): Buffer {
  const rows: CsvCell[][] = statementFields(detail.statement, lang).map((f) => [
    header(f.label, f.id),
    f.amount ? numberCell(f.value) : textCell(f.value),
  ])
  rows.push([])
  const columns = lineColumns(lang)
  rows.push(columns.map((c) => header(c.title, c.id)))
  const lines = sortedLines(detail)
  for (const line of lines) rows.push(columns.map((c) => (c.amount ? numberCell : textCell)(c.value(line))))
  rows.push(totalsRow(lines, lang).map((v, i) => (columns[i]!.amount ? numberCell : textCell)(v)))
  return toCsv(rows)
}
