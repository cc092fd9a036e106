import { chinaMinute } from "./format"
import { DIVIDEND_COLUMNS, dividendRows, type DividendSheetInput } from "./dividend-sheet"
import { drawTable, finishPdf, MARGIN, openPdf, type PdfColumn } from "./pdf-table"
import { DOCUMENT_TEXT } from "./text"

// Portrait A4 leaves 523 points; the signature column keeps about 4.5 cm, room for a name and a thumbprint.
const WIDTHS: Record<(typeof DIVIDEND_COLUMNS)[number], number> = {
  code: 58,
  name: 62,
  status: 48,
  persons: 32,
  supply: 66,
  dividend: 66,
  total: 66,
  signature: 125,
}
const AMOUNTS: readonly string[] = ["supply", "dividend", "total"]
const ALIGN = { code: "left", name: "left", status: "center", persons: "right", signature: "left" } as const

/**
 * The 分红表 as a PDF (A4 portrait) in the cooperative's chosen language: cooperative, village and period in the
 * title; one row per household (code, name, status, persons, supply, dividend, total, a box to sign), the village
 * collective's row and the totals; time generated and "page n of N" on every page.
 */
export function dividendSheetToPdf({ cooperative, answer, lang, generatedAt }: DividendSheetInput): Promise<Buffer> {
  const t = DOCUMENT_TEXT[lang]
  const d = t.dividend
  const { doc, done } = openPdf({
    layout: "portrait",
    title: `dividend-sheet-${answer.period}`,
    subject: `${cooperative.name} ${d.title} ${answer.period}`,
    created: generatedAt,
  })
  const sep = lang === "zh" ? "：" : ": "
  doc.fillColor("#000000").fontSize(15).text(`${cooperative.name} ${d.title}`, MARGIN, MARGIN, { align: "center" })
  doc.moveDown(0.4).fontSize(9)
  doc.text(`${d.cooperative}${sep}${cooperative.name}    ${d.village}${sep}${cooperative.village}`)
  doc.text(`${d.period}${sep}${answer.period}`)
  doc.fillColor("#555555").fontSize(7).text(d.note)

  const columns: PdfColumn[] = DIVIDEND_COLUMNS.map((id) => ({
    title: AMOUNTS.includes(id) ? d[id] + t.yuan : d[id],
    width: WIDTHS[id],
    align: id in ALIGN ? ALIGN[id as keyof typeof ALIGN] : "right",
  }))
  drawTable(doc, columns, dividendRows(answer, lang), {
    top: doc.y + 8,
    headerHeight: 20,
    rowHeight: 30,
    fontSize: 8,
    grid: true,
  })

  const generated = `${t.generated} ${chinaMinute(generatedAt)}${t.chinaTime}`
  finishPdf(doc, (n, of) => `${cooperative.name} ${answer.period}    ${generated}    ${t.page(n, of)}`)
  return done
}
