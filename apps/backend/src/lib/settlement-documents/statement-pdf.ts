import type { StatementDetail } from "@fengshou/store-contract"
import { chinaMinute, yuanGrouped } from "./format"
import { drawTable, finishPdf, MARGIN, openPdf, type PdfColumn } from "./pdf-table"
import { lineColumns, sortedLines, statementFields, totalsRow } from "./statement-table"
import { DOCUMENT_TEXT, type DocumentLang } from "./text"

// Landscape A4 leaves 770 points: the product title takes what the fixed columns leave.
const WIDTHS = [56, 190, 46, 82, 82, 80, 70, 80, 84]

/**
 * A statement as a PDF (A4 landscape) in `lang`: title, the heading fields in two columns, then every line with the
 * totals row last; number, time generated and "page n of N" at the foot of every page.
 */
export function statementToPdf(detail: StatementDetail, lang: DocumentLang, generatedAt: Date): Promise<Buffer> {
  const t = DOCUMENT_TEXT[lang]
  const s = detail.statement
  const { doc, done } = openPdf({
    layout: "landscape",
    title: s.number,
    subject: `${t.statement[s.party]} ${s.party_name} ${s.period}`,
    created: generatedAt,
  })
  const sep = lang === "zh" ? "：" : ": "
  doc.fillColor("#000000").fontSize(15).text(`${s.party_name} ${t.statement[s.party]}`, MARGIN, MARGIN)
  const fields = statementFields(s, lang, yuanGrouped)
  const half = Math.ceil(fields.length / 2)
  const top = doc.y + 6
  doc.fontSize(9)
  fields.forEach((f, i) => {
    const x = MARGIN + (i < half ? 0 : 380)
    doc.text(`${f.label}${sep}${f.value}`, x, top + (i % half) * 14, { width: 370, lineBreak: false })
  })

  const cells = lineColumns(lang, yuanGrouped)
  const columns: PdfColumn[] = cells.map((c, i) => ({
    title: c.title,
    width: WIDTHS[i]!,
    align: c.amount ? "right" : "left",
  }))
  const lines = sortedLines(detail)
  const rows = lines.map((l) => ({ cells: cells.map((c) => c.value(l)) }))
  const y = drawTable(doc, columns, [...rows, { cells: totalsRow(lines, lang, yuanGrouped), shaded: true }], {
    top: top + half * 14 + 10,
    rowHeight: 16,
    fontSize: 8,
  })
  if (!lines.length)
    doc
      .fillColor("#777777")
      .fontSize(9)
      .text(t.noLines, MARGIN, y + 6)

  const generated = `${t.generated} ${chinaMinute(generatedAt)}${t.chinaTime}`
  finishPdf(doc, (n, of) => `${s.number}    ${generated}    ${t.page(n, of)}`)
  return done
}
