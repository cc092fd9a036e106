import ExcelJS from "exceljs"
import { fenToYuanString } from "@fengshou/relief-core"
import { channelSplit, monthTrend, type ChartSeries } from "./chart-series"
import { comparedTotals } from "./compared-totals"
import { chinaTime, EXPORT_TEXT } from "./export-text"
import { reportColumns, reportTitle, tableRows, type ExportInput } from "./report-table"
import { addSheetCharts } from "./xlsx-charts"

const NUMBER_FORMATS = { yuan: "#,##0.00", fen: "0", grams: "#,##0", count: "0" } as const
const yuan = (fen: number) => Number(fenToYuanString(fen))

/** Writes a chart's data from row 1 (names) at the given columns; returns the column letters used. */
function writeSeries(sheet: ExcelJS.Worksheet, first: number, heading: string, data: ChartSeries): string[] {
  const cols = [first, ...data.series.map((_, i) => first + 1 + i)]
  sheet.getCell(1, first).value = heading
  data.series.forEach((s, i) => (sheet.getCell(1, first + 1 + i).value = s.name))
  data.labels.forEach((label, r) => {
    sheet.getCell(r + 2, first).value = label
    data.series.forEach((s, i) => {
      const cell = sheet.getCell(r + 2, first + 1 + i)
      cell.value = yuan(s.fen[r] ?? 0)
      cell.numFmt = NUMBER_FORMATS.yuan
    })
  })
  sheet.getRow(1).font = { bold: true }
  cols.forEach((c) => (sheet.getColumn(c).width = 16))
  return cols.map((c) => sheet.getColumn(c).letter)
}

/**
 * The report as an XLSX workbook: the report sheet with a header row (title (id)), one row per report row and the
 * totals last (yuan cells are numbers shown with two decimals, fen and grams whole numbers); a charts sheet with the
 * month trend and the channel split as native charts over its cells; an about sheet with the scope, period, issuer
 * and the verification code.
 */
export async function reportToXlsx({ report, lang, trend, channels, issue }: ExportInput): Promise<Buffer> {
  const t = EXPORT_TEXT[lang]
  const workbook = new ExcelJS.Workbook()
  workbook.creator = issue.organisation
  workbook.created = issue.issued_at
  const sheet = workbook.addWorksheet(t.sheets.report)
  const columns = reportColumns(report, lang)
  sheet.columns = columns.map((c) => ({
    header: `${c.title} (${c.id})`,
    key: c.id,
    width: c.id === "label" ? 28 : 16,
    style: c.kind === "text" ? {} : { numFmt: NUMBER_FORMATS[c.kind] },
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: "frozen", ySplit: 1 }]
  for (const row of tableRows(report, lang)) {
    // Strings from fenToYuanString become the number they spell; the fen column keeps the exact integer.
    sheet.addRow(
      columns.map((c) => {
        const value = c.value(row)
        return c.kind === "yuan" ? Number(value) : value
      }),
    )
  }
  sheet.lastRow!.font = { bold: true }

  const charts = workbook.addWorksheet(t.sheets.charts)
  const trendData = monthTrend(trend, lang)
  const channelData = channelSplit(channels, lang)
  const trendCols = writeSeries(charts, 1, t.month, trendData)
  const channelCols = writeSeries(charts, 5, t.channel, channelData)

  const compared = workbook.addWorksheet(t.sheets.compared)
  const { previous, year_earlier } = report.compare
  const c = t.compared
  compared.columns = [{ width: 30 }, ...Array.from({ length: 7 }, () => ({ width: 18 }))]
  compared.addRow([
    c.figure,
    `${c.current} ${t.period(report.from, report.to)}`,
    `${c.previous} ${t.period(previous.from, previous.to)}`,
    c.change,
    c.ratio,
    `${c.yearEarlier} ${t.period(year_earlier.from, year_earlier.to)}`,
    c.change,
    c.ratio,
  ]).font = { bold: true }
  for (const f of comparedTotals(report, lang)) {
    // Money as yuan numbers (exact from fen); a rate is a fraction shown as a percentage, empty without a base.
    const n = (v: number) => (f.unit === "fen" ? yuan(v) : v)
    const rate = (bp: number | null) => (bp === null ? null : bp / 10_000)
    const row = compared.addRow([
      f.label,
      n(f.current),
      n(f.previous),
      n(f.previous_change.delta),
      rate(f.previous_change.ratio_bp),
      n(f.year_earlier),
      n(f.year_change.delta),
      rate(f.year_change.ratio_bp),
    ])
    const format = f.unit === "fen" ? NUMBER_FORMATS.yuan : NUMBER_FORMATS.grams
    for (const col of [2, 3, 4, 6, 7]) row.getCell(col).numFmt = format
    for (const col of [5, 8]) row.getCell(col).numFmt = "0.00%"
  }

  const about = workbook.addWorksheet(t.sheets.about)
  about.columns = [{ width: 16 }, { width: 70 }]
  const region =
    lang === "zh" ? `${report.region_label}（${report.region}）` : `${report.region_label} (${report.region})`
  about.addRows([
    [t.about.report, reportTitle(report, lang)],
    [t.about.region, region],
    [t.about.period, t.period(report.from, report.to) + t.inclusive],
    [t.about.grouping, report.group_by],
    [t.about.amounts, t.amountsNote],
    [t.about.households, t.householdsNote],
    [t.organisation, issue.organisation],
    [t.issued, chinaTime(issue.issued_at) + t.chinaTime],
    [t.verifyCode, issue.code],
    [t.verifyAt, issue.url],
  ])

  const written = Buffer.from(await workbook.xlsx.writeBuffer())
  // exceljs names worksheet parts by their order: the charts sheet is the second.
  return addSheetCharts(written, "xl/worksheets/sheet2.xml", t.sheets.charts, [
    { kind: "line", title: t.trend, data: trendData, columns: trendCols, at: { col: 8, row: 0, cols: 9, rows: 18 } },
    {
      kind: "bar",
      title: t.channels,
      data: channelData,
      columns: channelCols,
      at: { col: 8, row: 19, cols: 9, rows: 18 },
    },
  ])
}
