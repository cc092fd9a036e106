import { readFileSync } from "node:fs"
import path from "node:path"
import PDFDocument from "pdfkit"
import { fenToYuanString } from "@fengshou/relief-core"
import type { LabelledRow, OfficialReport } from "../read-report"
import { reportTitle, tableRows } from "./report-table"

// Noto Sans SC (Noto Sans Hans, SIL Open Font License 1.1, which allows embedding) from @embedpdf/fonts-sc;
// pdfkit embeds only the glyphs a report uses, so a PDF stays small.
let font: Buffer | undefined
function cjkFont(): Buffer {
  font ??= readFileSync(
    path.join(path.dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts", "NotoSansHans-Regular.otf"),
  )
  return font
}

const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
const yuan = (fen: number) => {
  const [whole = "", cents = ""] = fenToYuanString(fen).split(".")
  return `${grouped(whole)}.${cents}`
}
/** Grams as kilograms with three decimals, by integer arithmetic (exact). */
const kg = (g: number) =>
  `${g < 0 ? "-" : ""}${grouped(String(Math.floor(Math.abs(g) / 1000)))}.${String(Math.abs(g) % 1000).padStart(3, "0")}`

type PdfColumn = { title: string; width: number; text: (r: LabelledRow) => string }
const name = (r: LabelledRow, withCode: boolean) =>
  r.label && withCode && r.key !== "total" ? `${r.label} ${r.key}` : (r.label ?? r.key ?? "")

function columns(report: OfficialReport): PdfColumn[] {
  return [
    { title: "名称", width: 170, text: (r) => name(r, report.group_by === "region") },
    { title: "订单数", width: 48, text: (r) => String(r.orders) },
    { title: "销售额（元）", width: 80, text: (r) => yuan(r.sales_fen) },
    { title: "退款额（元）", width: 70, text: (r) => yuan(r.refunds_fen) },
    { title: "销售量（千克）", width: 72, text: (r) => kg(r.quantity_g) },
    { title: "合作社", width: 44, text: (r) => String(r.cooperatives) },
    { title: "受益户", width: 44, text: (r) => String(r.households_benefited) },
    { title: "受益人", width: 44, text: (r) => String(r.persons_benefited) },
    { title: "农户增收（元）", width: 80, text: (r) => yuan(r.household_income_fen) },
    { title: "户均（元）", width: 66, text: (r) => yuan(r.avg_income_per_household_fen) },
    { title: "人均（元）", width: 66, text: (r) => yuan(r.avg_income_per_person_fen) },
  ]
}

const MARGIN = 32
const ROW = 16

/** The report as a one-table PDF (A4 landscape) in Chinese, the totals last; the same figures as the JSON. */
export function reportToPdf(report: OfficialReport, generatedAt = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: MARGIN, info: { Title: reportTitle(report) } })
  doc.font(cjkFont())
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const cols = columns(report)
  const bottom = doc.page.height - MARGIN - ROW * 2
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
      8,
    )

  doc.fontSize(14).text(reportTitle(report), MARGIN, MARGIN)
  const shanghai = new Date(generatedAt.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ")
  doc
    .fontSize(8)
    .fillColor("#555555")
    .text(
      `地区：${report.region_label}（${report.region}）  期间：${report.from} 至 ${report.to}（北京时间）  生成：${shanghai}`,
    )
    .text(
      "金额单位为元，保留两位小数，与台账（分）一致；受益户为净收入为正的脱贫户与监测户。只含汇总数，不含任何农户身份信息。",
    )
    .fillColor("#000000")
  let y = doc.y + 8
  header(y)
  for (const row of tableRows(report)) {
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
  doc.end()
  return done
}
