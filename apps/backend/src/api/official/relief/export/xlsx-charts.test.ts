import ExcelJS from "exceljs"
import JSZip from "jszip"
import { describe, expect, it } from "vitest"
import type { OfficialReport } from "../../../../queries/official/read-report"
import { monthTrend } from "./chart-series"
import { ratioText } from "./compared-totals"
import { addSheetCharts, type SheetChart } from "./xlsx-charts"

const data = { labels: ["2026-01", "2026-02"], series: [{ name: "销售额（元）", fen: [12345, -50] }] }
const chart = (kind: SheetChart["kind"]): SheetChart => ({
  kind,
  title: "趋势 <&>",
  data,
  columns: ["A", "B"],
  at: { col: 4, row: 0, cols: 8, rows: 16 },
})

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.addWorksheet("报表").addRow([1])
  const charts = book.addWorksheet("图表")
  charts.addRows([
    ["月份", "销售额（元）"],
    ["2026-01", 123.45],
    ["2026-02", -0.5],
  ])
  return Buffer.from(await book.xlsx.writeBuffer())
}

describe("addSheetCharts", () => {
  it("adds chart parts, one drawing on the sheet, its relationships and content types; exceljs still reads it", async () => {
    const out = await addSheetCharts(await workbook(), "xl/worksheets/sheet2.xml", "图表", [
      chart("line"),
      chart("bar"),
    ])
    const zip = await JSZip.loadAsync(out)
    const line = await zip.file("xl/charts/chart1.xml")!.async("string")
    expect(line).toContain("<c:lineChart>")
    expect(line).toContain("<c:f>'图表'!$A$2:$A$3</c:f>")
    expect(line).toContain('<c:pt idx="0"><c:v>123.45</c:v></c:pt><c:pt idx="1"><c:v>-0.50</c:v></c:pt>')
    expect(line).toContain("<a:t>趋势 &lt;&amp;&gt;</a:t>")
    expect(await zip.file("xl/charts/chart2.xml")!.async("string")).toContain("<c:barChart>")
    const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string")
    expect(sheet).toMatch(/<drawing r:id="rIdCharts1"\/><\/worksheet>$/)
    expect(await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string")).toContain(
      'Target="../drawings/drawing1.xml"',
    )
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string")
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(2)
    const types = await zip.file("[Content_Types].xml")!.async("string")
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml"')
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml"')
    const back = new ExcelJS.Workbook()
    await back.xlsx.load(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer)
    expect(back.getWorksheet("图表")!.getCell("B2").value).toBe(123.45)
  })

  it("points an empty chart at one cell rather than a reversed range", async () => {
    const empty = { ...chart("bar"), data: { labels: [], series: [{ name: "x", fen: [] }] } }
    const zip = await JSZip.loadAsync(
      await addSheetCharts(await workbook(), "xl/worksheets/sheet2.xml", "图表", [empty]),
    )
    expect(await zip.file("xl/charts/chart1.xml")!.async("string")).toContain("<c:f>'图表'!$A$2:$A$2</c:f>")
  })
})

describe("monthTrend", () => {
  it("has every month of the period, across a year end, with zeros where the ledger has none", () => {
    const row = (key: string, sales_fen: number) => ({ key, label: key, sales_fen, household_income_fen: 7 })
    const trend = {
      from: "2025-11-15",
      to: "2026-02-03",
      rows: [row("2025-12", 500), row("2026-02", 900)],
    } as unknown as OfficialReport
    const { labels, series } = monthTrend(trend, "en")
    expect(labels).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"])
    expect(series[0]).toEqual({ name: "Sales (CNY)", fen: [0, 500, 0, 900] })
    expect(series[1]!.fen).toEqual([0, 7, 0, 7])
  })
})

describe("ratioText", () => {
  it("writes basis points as a signed percentage, and a dash without a base", () => {
    expect(ratioText({ delta: 5, ratio_bp: 12345 })).toBe("+123.45%")
    expect(ratioText({ delta: -1, ratio_bp: -7 })).toBe("-0.07%")
    expect(ratioText({ delta: 0, ratio_bp: 0 })).toBe("0.00%")
    expect(ratioText({ delta: 3, ratio_bp: null })).toBe("—")
  })
})
