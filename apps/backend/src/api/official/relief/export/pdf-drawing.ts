import { fenToGroupedYuanString } from "@fengshou/relief-core"
import QRCode from "qrcode"
import type { ChartSeries } from "./chart-series"

type Doc = PDFKit.PDFDocument
export type Box = { x: number; y: number; width: number; height: number }

const COLORS = ["#2e7d32", "#f9a825", "#1565c0"]
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")

/** Yuan with two decimals and thousands separators, from fen by string arithmetic (exact). */
export function yuanText(fen: number): string {
  return fenToGroupedYuanString(fen)
}

/** Axis ticks in whole yuan: 1, 2 or 5 × 10^k yuan apart, covering min … max fen (zero always inside). */
function ticks(values: number[]): number[] {
  const min = Math.min(0, ...values)
  const max = Math.max(0, ...values)
  const span = Math.max(max - min, 100)
  let step = 100
  while (step * 4 < span) step *= step.toString().startsWith("2") ? 2.5 : 2
  const first = Math.floor(min / step) * step
  const out: number[] = []
  for (let v = first; out.length === 0 || out[out.length - 1]! < max; v += step) out.push(v)
  if (out.length < 2) out.push(first + step)
  return out
}

/** The QR of `text` as filled squares (a vector, sharp at any print size), `size` points wide at x, y. */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" })
  const cell = size / (modules.size + 2)
  doc.save().fillColor("#000000")
  for (let r = 0; r < modules.size; r += 1)
    for (let c = 0; c < modules.size; c += 1)
      if (modules.get(r, c)) doc.rect(x + (c + 1) * cell, y + (r + 1) * cell, cell, cell)
  doc.fill().restore()
}

/**
 * A line (month trend) or column (channel split) chart drawn with paths and rectangles: title, y axis in yuan
 * with grid lines, category labels, a legend; a chart without data says so.
 */
export function drawChart(doc: Doc, box: Box, kind: "line" | "bar", title: string, data: ChartSeries, empty: string) {
  doc.save()
  doc.fillColor("#000000").fontSize(10).text(title, box.x, box.y, { width: box.width, lineBreak: false })
  const legendY = box.y + 16
  data.series.forEach((s, i) => {
    const lx = box.x + i * 130
    doc.rect(lx, legendY + 2, 8, 8).fill(COLORS[i % COLORS.length]!)
    doc
      .fillColor("#333333")
      .fontSize(7)
      .text(s.name, lx + 12, legendY + 2, { width: 115, lineBreak: false })
  })
  const plot = { x: box.x + 56, y: box.y + 34, width: box.width - 60, height: box.height - 56 }
  const values = data.series.flatMap((s) => s.fen)
  if (data.labels.length === 0) {
    doc
      .fillColor("#777777")
      .fontSize(9)
      .text(empty, plot.x, plot.y + plot.height / 2, { width: plot.width, align: "center" })
    doc.restore()
    return
  }
  const steps = ticks(values)
  const low = steps[0]!
  const high = steps[steps.length - 1]!
  const yOf = (fen: number) => plot.y + plot.height - ((fen - low) / (high - low)) * plot.height
  for (const v of steps) {
    const y = yOf(v)
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .lineWidth(v === 0 ? 0.8 : 0.3)
      .strokeColor("#999999")
      .stroke()
    doc
      .fillColor("#555555")
      .fontSize(6)
      .text(grouped(String(v / 100)), box.x, y - 3, { width: 52, align: "right", lineBreak: false })
  }
  const n = data.labels.length
  const slot = plot.width / n
  const every = Math.ceil(n / 12)
  data.labels.forEach((label, i) => {
    if (i % every !== 0) return
    doc
      .fillColor("#555555")
      .fontSize(6)
      .text(label, plot.x + i * slot, plot.y + plot.height + 4, {
        width: slot * every,
        align: "center",
        lineBreak: false,
        ellipsis: true,
      })
  })
  data.series.forEach((s, si) => {
    const color = COLORS[si % COLORS.length]!
    if (kind === "line") {
      s.fen.forEach((v, i) => {
        const x = plot.x + (i + 0.5) * slot
        if (i === 0) doc.moveTo(x, yOf(v))
        else doc.lineTo(x, yOf(v))
      })
      doc.lineWidth(1.2).strokeColor(color).stroke()
      s.fen.forEach((v, i) => doc.circle(plot.x + (i + 0.5) * slot, yOf(v), 1.8).fill(color))
    } else {
      const width = (slot * 0.7) / data.series.length
      s.fen.forEach((v, i) => {
        const x = plot.x + i * slot + slot * 0.15 + si * width
        const top = Math.min(yOf(v), yOf(0))
        doc.rect(x, top, width, Math.max(Math.abs(yOf(v) - yOf(0)), 0.5)).fill(color)
        doc
          .fillColor("#333333")
          .fontSize(6)
          .text(yuanText(v), x - 20, top - 9, {
            width: width + 40,
            align: "center",
            lineBreak: false,
          })
      })
    }
  })
  doc.restore()
}
