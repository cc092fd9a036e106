import PDFDocument from "pdfkit"
import { cjkFont } from "../../../../lib/pdf/cjk-font"
import type { LabelledRow } from "../../../../queries/official/read-report"
import { channelSplit, monthTrend } from "./chart-series"
import { comparedTotals, ratioText, type ComparedFigure } from "./compared-totals"
import { chinaTime, EXPORT_TEXT } from "./export-text"
import { drawChart, drawQr, yuanText } from "./pdf-drawing"
import { reportTitle, tableRows, type ExportInput } from "./report-table"

const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
/** Grams as kilograms with three decimals, by integer arithmetic (exact). */
const kg = (g: number) =>
  `${g < 0 ? "-" : ""}${grouped(String(Math.floor(Math.abs(g) / 1000)))}.${String(Math.abs(g) % 1000).padStart(3, "0")}`

type PdfColumn = { title: string; width: number; text: (r: LabelledRow) => string }
const name = (r: LabelledRow, withCode: boolean) =>
  r.label && withCode && r.key !== "total" ? `${r.label} ${r.key}` : (r.label ?? r.key ?? "")

function columns({ report, lang }: ExportInput): PdfColumn[] {
  const { columns: c, short, yuan: y } = EXPORT_TEXT[lang]
  return [
    { title: c.name, width: 140, text: (r) => name(r, report.group_by === "region") },
    { title: c.orders, width: 44, text: (r) => String(r.orders) },
    { title: c.sales + y, width: 76, text: (r) => yuanText(r.sales_fen) },
    { title: c.refunds + y, width: 66, text: (r) => yuanText(r.refunds_fen) },
    { title: c.quantity_kg, width: 66, text: (r) => kg(r.quantity_g) },
    { title: short.cooperatives, width: 40, text: (r) => String(r.cooperatives) },
    { title: short.households, width: 40, text: (r) => String(r.households_benefited) },
    { title: short.persons, width: 40, text: (r) => String(r.persons_benefited) },
    { title: short.income, width: 72, text: (r) => yuanText(r.household_income_fen) },
    { title: short.collective, width: 72, text: (r) => yuanText(r.collective_income_fen) },
    { title: short.per_household, width: 60, text: (r) => yuanText(r.avg_income_per_household_fen) },
    { title: short.per_person, width: 60, text: (r) => yuanText(r.avg_income_per_person_fen) },
  ]
}

/** The totals beside the period before and a year earlier, each with its change and rate, from y down. */
function drawCompared(doc: PDFKit.PDFDocument, { report, lang }: ExportInput, top: number) {
  const t = EXPORT_TEXT[lang].compared
  const { previous, year_earlier } = report.compare
  const value = (unit: ComparedFigure["unit"], n: number) =>
    unit === "fen" ? yuanText(n) : unit === "grams" ? kg(n) : String(n)
  const signed = (unit: ComparedFigure["unit"], n: number) => (n > 0 ? "+" : "") + value(unit, n)
  const widths = [190, 86, 86, 80, 56, 86, 80, 56]
  const row = (cells: string[], y: number, size: number) => {
    let x = MARGIN
    doc.fontSize(size)
    cells.forEach((text, i) => {
      doc.text(text, x + 2, y + 3, { width: widths[i]! - 4, align: i === 0 ? "left" : "right", lineBreak: false })
      x += widths[i]!
    })
    doc
      .moveTo(MARGIN, y + 13)
      .lineTo(x, y + 13)
      .lineWidth(0.3)
      .strokeColor("#999999")
      .stroke()
  }
  const unit = lang === "zh" ? "（元 / 千克）" : " (CNY / kg)"
  doc
    .fillColor("#000000")
    .fontSize(10)
    .text(t.title + unit, MARGIN, top, { lineBreak: false })
  let y = top + 16
  doc.fillColor("#555555")
  row(
    [
      t.figure,
      `${t.current} ${report.from}~${report.to.slice(5)}`,
      `${t.previous} ${previous.from}~${previous.to.slice(5)}`,
      t.change,
      t.ratio,
      `${t.yearEarlier} ${year_earlier.from}~${year_earlier.to.slice(5)}`,
      t.change,
      t.ratio,
    ],
    y,
    6,
  )
  doc.fillColor("#000000")
  for (const f of comparedTotals(report, lang)) {
    y += 13
    row(
      [
        f.unit === "grams" ? EXPORT_TEXT[lang].columns.quantity_kg : f.label,
        value(f.unit, f.current),
        value(f.unit, f.previous),
        signed(f.unit, f.previous_change.delta),
        ratioText(f.previous_change),
        value(f.unit, f.year_earlier),
        signed(f.unit, f.year_change.delta),
        ratioText(f.year_change),
      ],
      y,
      7,
    )
  }
}

const MARGIN = 32
const ROW = 16
const QR = 78

/**
 * The report as a PDF (A4 landscape) in the official's language: issuer, scope, period, time of issue, the
 * verification code and its QR; the table with the totals last; the month trend and channel split drawn as vector
 * charts; "page n of N" and the code on every page. The same figures as the JSON.
 */
export function reportToPdf(input: ExportInput): Promise<Buffer> {
  const { report, lang, issue } = input
  const t = EXPORT_TEXT[lang]
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: reportTitle(report, lang), Author: issue.organisation, CreationDate: issue.issued_at },
  })
  doc.font(cjkFont())
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const pageWidth = doc.page.width
  const pageHeight = doc.page.height
  const cols = columns(input)
  const bottom = pageHeight - MARGIN - ROW * 2
  const line = (cells: string[], y: number, size: number) => {
    let x = MARGIN
    doc.fontSize(size)
    cells.forEach((text, i) => {
      const width = cols[i]!.width
      doc.text(text, x + 2, y + 4, {
        width: width - 4,
        height: ROW,
        align: i === 0 ? "left" : "right",
        lineBreak: false,
        ellipsis: true,
      })
      x += width
    })
    doc
      .moveTo(MARGIN, y + ROW)
      .lineTo(x, y + ROW)
      .lineWidth(0.3)
      .strokeColor("#999999")
      .stroke()
  }
  const header = (y: number) =>
    line(
      cols.map((c) => c.title),
      y,
      7,
    )

  const textWidth = pageWidth - MARGIN * 2 - QR - 12
  const region =
    lang === "zh" ? `${report.region_label}（${report.region}）` : `${report.region_label} (${report.region})`
  const sep = lang === "zh" ? "：" : ": "
  doc.fillColor("#000000").fontSize(14).text(reportTitle(report, lang), MARGIN, MARGIN, { width: textWidth })
  doc.moveDown(0.3).fontSize(9)
  doc.text(`${t.organisation}${sep}${issue.organisation}`, { width: textWidth })
  doc.text(`${t.scope}${sep}${region}    ${t.about.period}${sep}${t.period(report.from, report.to)}${t.inclusive}`, {
    width: textWidth,
  })
  doc.text(`${t.issued}${sep}${chinaTime(issue.issued_at)}${t.chinaTime}`, { width: textWidth })
  doc.text(`${t.verifyCode}${sep}${issue.code}    ${t.verifyAt}${sep}${issue.url}`, { width: textWidth })
  doc
    .fillColor("#555555")
    .fontSize(7)
    .text(`${t.verifyHint} ${t.amountsNote} ${t.householdsNote}`, { width: textWidth })
  doc.fillColor("#000000")
  drawQr(doc, issue.url, pageWidth - MARGIN - QR, MARGIN, QR)

  let y = Math.max(doc.y, MARGIN + QR) + 8
  header(y)
  for (const row of tableRows(report, lang)) {
    y += ROW
    if (y > bottom) {
      doc.addPage()
      y = MARGIN
      header(y)
      y += ROW
    }
    line(
      cols.map((c) => c.text(row)),
      y,
      8,
    )
  }

  doc.addPage()
  const chartBox = { y: MARGIN, width: (pageWidth - MARGIN * 3) / 2, height: 250 }
  drawChart(doc, { ...chartBox, x: MARGIN }, "line", t.trend, monthTrend(input.trend, lang), t.noData)
  drawChart(
    doc,
    { ...chartBox, x: MARGIN * 2 + chartBox.width },
    "bar",
    t.channels,
    channelSplit(input.channels, lang),
    t.noData,
  )

  drawCompared(doc, input, MARGIN + chartBox.height + 12)

  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i)
    // Writing below the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0
    doc
      .fillColor("#555555")
      .fontSize(7)
      .text(`${t.page(i - start + 1, count)}    ${t.verifyCode} ${issue.code}`, MARGIN, pageHeight - MARGIN / 2 - 6, {
        width: pageWidth - MARGIN * 2,
        align: "center",
        lineBreak: false,
      })
  }
  doc.end()
  return done
}
