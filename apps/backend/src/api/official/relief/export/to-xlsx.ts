import ExcelJS from "exceljs"
import type { OfficialReport } from "../read-report"
import { reportColumns, reportTitle, tableRows } from "./report-table"

const NUMBER_FORMATS = { yuan: "#,##0.00", fen: "0", grams: "#,##0", count: "0" } as const

/**
 * The report as an XLSX workbook: sheet 报表 with a header row (标题 (id)), one row per report row and the totals
 * last; yuan cells are numbers shown with two decimals, fen and grams whole numbers; sheet 说明 says what it is.
 */
export async function reportToXlsx(report: OfficialReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = "丰收 Fengshou"
  const sheet = workbook.addWorksheet("报表")
  const columns = reportColumns(report)
  sheet.columns = columns.map((c) => ({
    header: `${c.title} (${c.id})`,
    key: c.id,
    width: c.id === "label" ? 28 : 16,
    style: c.kind === "text" ? {} : { numFmt: NUMBER_FORMATS[c.kind] },
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: "frozen", ySplit: 1 }]
  for (const row of tableRows(report)) {
    // Strings from fenToYuanString become the number they spell; the fen column keeps the exact integer.
    sheet.addRow(
      columns.map((c) => {
        const value = c.value(row)
        return c.kind === "yuan" ? Number(value) : value
      }),
    )
  }
  sheet.lastRow!.font = { bold: true }

  const about = workbook.addWorksheet("说明")
  about.columns = [{ width: 14 }, { width: 60 }]
  about.addRows([
    ["报表", reportTitle(report)],
    ["地区", `${report.region_label}（${report.region}）`],
    ["期间", `${report.from} 至 ${report.to}（北京时间，含首尾两日）`],
    ["分组", report.group_by],
    ["金额", "元列保留两位小数；分列为台账原值（整数），合计可由分列精确相加"],
    ["受益户", "脱贫户与监测户中净收入为正者；只含汇总数，不含任何农户身份信息"],
  ])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
