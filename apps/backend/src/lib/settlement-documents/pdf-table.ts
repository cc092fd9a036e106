import PDFDocument from "pdfkit"
import { cjkFont } from "../pdf/cjk-font"

type Doc = PDFKit.PDFDocument

export const MARGIN = 36
const FOOTER = 24

export type PdfColumn = { title: string; width: number; align: "left" | "right" | "center" }
/** A table row; `shaded` marks a totals or subtotal row. */
export type PdfRow = { cells: string[]; shaded?: boolean }

/**
 * An A4 document set in the embedded CJK font, pages buffered so page numbers can be stamped at the end. `title`
 * goes into the document's info (ASCII reference numbers stay readable there: the page text is compressed).
 */
export function openPdf(opts: { layout: "portrait" | "landscape"; title: string; subject: string; created: Date }) {
  const doc = new PDFDocument({
    size: "A4",
    layout: opts.layout,
    margin: MARGIN,
    bufferPages: true,
    info: { Title: opts.title, Subject: opts.subject, Creator: "Fengshou", CreationDate: opts.created },
  })
  doc.font(cjkFont())
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  return { doc, done }
}

/** Where a table must stop on a page, leaving room for the footer. */
const bottomOf = (doc: Doc) => doc.page.height - MARGIN - FOOTER

function drawRow(
  doc: Doc,
  columns: PdfColumn[],
  cells: string[],
  y: number,
  height: number,
  size: number,
  grid: boolean,
) {
  let x = MARGIN
  const width = columns.reduce((s, c) => s + c.width, 0)
  doc.fillColor("#000000").fontSize(size)
  columns.forEach((c, i) => {
    doc.text(cells[i] ?? "", x + 3, y + (height - size) / 2 - 1, {
      width: c.width - 6,
      height,
      align: c.align,
      lineBreak: false,
      ellipsis: true,
    })
    x += c.width
  })
  doc.lineWidth(grid ? 0.5 : 0.3).strokeColor(grid ? "#333333" : "#999999")
  doc
    .moveTo(MARGIN, y + height)
    .lineTo(MARGIN + width, y + height)
    .stroke()
  if (!grid) return
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + width, y)
    .stroke()
  x = MARGIN
  for (const c of [{ width: 0 }, ...columns]) {
    x += c.width
    doc
      .moveTo(x, y)
      .lineTo(x, y + height)
      .stroke()
  }
}

/**
 * A table from `top`: the header row, then each row; a row that would cross the footer starts a new page, which
 * repeats the header. `grid` draws every cell's box (a form to sign); otherwise rules between rows. Returns the y
 * below the last row.
 */
export function drawTable(
  doc: Doc,
  columns: PdfColumn[],
  rows: PdfRow[],
  opts: { top: number; rowHeight: number; headerHeight?: number; fontSize: number; grid?: boolean },
): number {
  const grid = opts.grid ?? false
  const headerHeight = opts.headerHeight ?? opts.rowHeight
  const width = columns.reduce((s, c) => s + c.width, 0)
  const header = (y: number) => {
    doc.rect(MARGIN, y, width, headerHeight).fill("#eeeeee")
    drawRow(
      doc,
      columns.map((c) => ({ ...c, align: "center" })),
      columns.map((c) => c.title),
      y,
      headerHeight,
      opts.fontSize,
      grid,
    )
    return y + headerHeight
  }
  let y = header(opts.top)
  for (const row of rows) {
    if (y + opts.rowHeight > bottomOf(doc)) {
      doc.addPage()
      y = header(MARGIN)
    }
    if (row.shaded) doc.rect(MARGIN, y, width, opts.rowHeight).fill("#f4f4f4")
    drawRow(doc, columns, row.cells, y, opts.rowHeight, opts.fontSize, grid)
    y += opts.rowHeight
  }
  return y
}

/** Stamps `footer(n, of)` at the foot of every page, then ends the document. */
export function finishPdf(doc: Doc, footer: (n: number, of: number) => string) {
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i)
    // Writing below the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0
    doc
      .fillColor("#555555")
      .fontSize(7)
      .text(footer(i - start + 1, count), MARGIN, doc.page.height - MARGIN, {
        width: doc.page.width - MARGIN * 2,
        align: "center",
        lineBreak: false,
      })
  }
  doc.end()
}
