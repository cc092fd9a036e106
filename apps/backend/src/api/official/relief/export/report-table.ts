import { fenToYuanString, type ReportFigures } from "@fengshou/relief-core"
import type { LabelledRow, OfficialReport } from "../read-report"

/** One column of an export: a Chinese title, a machine id, and how a row's value is written. */
export type Column = {
  id: string
  title: string
  kind: "text" | "count" | "yuan" | "fen" | "grams"
  value: (row: LabelledRow) => string | number | null
}

const GROUP_TITLES = {
  region: "地区",
  cooperative: "合作社",
  channel: "渠道",
  category: "品类",
  month: "月份",
} as const

const figure = (id: keyof ReportFigures, title: string, kind: Column["kind"]): Column => ({
  id,
  title,
  kind,
  value: (r) => r[id],
})
const yuan = (id: keyof ReportFigures, title: string): Column => ({
  id: id.replace(/_fen$/, "_yuan"),
  title: `${title}（元）`,
  kind: "yuan",
  value: (r) => fenToYuanString(r[id]),
})

/**
 * The columns every export carries, in order. Money comes twice: yuan with two decimals (fenToYuanString, exact)
 * and the ledger's integer fen, so a reader can re-add the fen and never meets a second rounding.
 */
export function reportColumns(report: OfficialReport): Column[] {
  const group = GROUP_TITLES[report.group_by]
  return [
    { id: "key", title: `${group}代码`, kind: "text", value: (r) => r.key },
    { id: "label", title: group, kind: "text", value: (r) => r.label },
    figure("orders", "订单数", "count"),
    yuan("sales_fen", "销售额"),
    figure("sales_fen", "销售额（分）", "fen"),
    yuan("refunds_fen", "退款额"),
    figure("refunds_fen", "退款额（分）", "fen"),
    figure("quantity_g", "销售量（克）", "grams"),
    figure("cooperatives", "合作社数", "count"),
    figure("households_benefited", "受益户数", "count"),
    figure("persons_benefited", "受益人数", "count"),
    yuan("household_income_fen", "农户增收"),
    figure("household_income_fen", "农户增收（分）", "fen"),
    yuan("avg_income_per_household_fen", "户均增收"),
    figure("avg_income_per_household_fen", "户均增收（分）", "fen"),
    yuan("avg_income_per_person_fen", "人均增收"),
    figure("avg_income_per_person_fen", "人均增收（分）", "fen"),
  ]
}

/** The report's rows, then the totals as a last row keyed "total" (合计). */
export function tableRows(report: OfficialReport): LabelledRow[] {
  return [...report.rows, { key: "total", label: "合计", ...report.totals }]
}

/** What a reader needs beside the table: the region, the period and the grouping. */
export function reportTitle(report: OfficialReport): string {
  return `消费帮扶报告 · ${report.region_label}（${report.region}） · ${report.from} 至 ${report.to} · 按${GROUP_TITLES[report.group_by]}`
}

export function exportFileName(report: OfficialReport, extension: string): string {
  return `relief-${report.region}-${report.from}-${report.to}-${report.group_by}.${extension}`
}
