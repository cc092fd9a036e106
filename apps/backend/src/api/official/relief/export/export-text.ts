import type { BenefitedStatus, ReportGrouping, ReportLang } from "@fengshou/relief-core"

/** The language an export is written in (the official's choice; row labels come translated by readReport). */
export type ExportLang = ReportLang

type ColumnName =
  | "orders"
  | "sales"
  | "refunds"
  | "quantity_g"
  | "quantity_kg"
  | "cooperatives"
  | "households_benefited"
  | "persons_benefited"
  | "household_income"
  | "collective_income"
  | "avg_household"
  | "avg_person"
  | "name"

type Text = {
  groups: Record<ReportGrouping, string>
  code: (group: string) => string
  columns: Record<ColumnName, string>
  /** The PDF's narrow columns. */
  short: Record<
    "cooperatives" | "households" | "persons" | "income" | "collective" | "per_household" | "per_person",
    string
  >
  yuan: string
  total: string
  title: string
  period: (from: string, to: string) => string
  by: (group: string) => string
  scope: string
  organisation: string
  issued: string
  chinaTime: string
  verifyCode: string
  verifyAt: string
  verifyHint: string
  page: (n: number, of: number) => string
  trend: string
  channels: string
  month: string
  channel: string
  sales: string
  income: string
  noData: string
  amountsNote: string
  householdsNote: string
  sheets: { report: string; charts: string; about: string; compared: string }
  statuses: Record<BenefitedStatus, string>
  compared: {
    title: string
    figure: string
    current: string
    previous: string
    yearEarlier: string
    change: string
    ratio: string
  }
  about: Record<"report" | "region" | "period" | "grouping" | "amounts" | "households", string>
  inclusive: string
}

export const EXPORT_TEXT: Record<ExportLang, Text> = {
  zh: {
    groups: { region: "地区", cooperative: "合作社", channel: "渠道", category: "品类", month: "月份" },
    code: (group) => `${group}代码`,
    columns: {
      orders: "订单数",
      sales: "销售额",
      refunds: "退款额",
      quantity_g: "销售量（克）",
      quantity_kg: "销售量（千克）",
      cooperatives: "合作社数",
      households_benefited: "受益户数",
      persons_benefited: "受益人数",
      household_income: "农户增收",
      collective_income: "村集体收入",
      avg_household: "户均增收",
      avg_person: "人均增收",
      name: "名称",
    },
    short: {
      cooperatives: "合作社",
      households: "受益户",
      persons: "受益人",
      income: "农户增收（元）",
      collective: "村集体（元）",
      per_household: "户均（元）",
      per_person: "人均（元）",
    },
    yuan: "（元）",
    total: "合计",
    title: "消费帮扶报告",
    period: (from, to) => `${from} 至 ${to}`,
    by: (group) => `按${group}`,
    scope: "地区",
    organisation: "签发单位",
    issued: "签发时间",
    chinaTime: "（北京时间）",
    verifyCode: "核验码",
    verifyAt: "核验网址",
    verifyHint: "扫码或打开核验网址，可查这份报告的数字是否仍与台账一致。",
    page: (n, of) => `第 ${n} / ${of} 页`,
    trend: "月度趋势（元）",
    channels: "渠道构成 · 销售额（元）",
    month: "月份",
    channel: "渠道",
    sales: "销售额（元）",
    income: "农户增收（元）",
    noData: "本期无数据",
    amountsNote: "金额单位为元，保留两位小数，与台账（分）一致；受益户为净收入为正的脱贫户与监测户。",
    householdsNote: "只含汇总数，不含任何农户身份信息。",
    sheets: { report: "报表", charts: "图表", about: "说明", compared: "对比" },
    statuses: { registered_poor: "脱贫户", monitored: "监测户" },
    compared: {
      title: "合计 · 环比与同比",
      figure: "指标",
      current: "本期",
      previous: "上期",
      yearEarlier: "去年同期",
      change: "变化",
      ratio: "变化率",
    },
    about: {
      report: "报表",
      region: "地区",
      period: "期间",
      grouping: "分组",
      amounts: "金额",
      households: "受益户",
    },
    inclusive: "（北京时间，含首尾两日）",
  },
  en: {
    groups: { region: "Region", cooperative: "Cooperative", channel: "Channel", category: "Category", month: "Month" },
    code: (group) => `${group} code`,
    columns: {
      orders: "Orders",
      sales: "Sales",
      refunds: "Refunds",
      quantity_g: "Quantity (g)",
      quantity_kg: "Quantity (kg)",
      cooperatives: "Cooperatives",
      households_benefited: "Households benefited",
      persons_benefited: "Persons benefited",
      household_income: "Household income",
      collective_income: "Village collective income",
      avg_household: "Income per household",
      avg_person: "Income per person",
      name: "Name",
    },
    short: {
      cooperatives: "Co-ops",
      households: "Househ.",
      persons: "Persons",
      income: "HH income",
      collective: "Collective",
      per_household: "Per househ.",
      per_person: "Per person",
    },
    yuan: " (CNY)",
    total: "Total",
    title: "Consumption-based poverty relief report",
    period: (from, to) => `${from} to ${to}`,
    by: (group) => `by ${group.toLowerCase()}`,
    scope: "Region",
    organisation: "Issued by",
    issued: "Issued at",
    chinaTime: " (China time)",
    verifyCode: "Verification code",
    verifyAt: "Verify at",
    verifyHint: "Scan the code or open the address to check that this report's figures still match the ledger.",
    page: (n, of) => `Page ${n} of ${of}`,
    trend: "Monthly trend (CNY)",
    channels: "Sales by channel (CNY)",
    month: "Month",
    channel: "Channel",
    sales: "Sales (CNY)",
    income: "Household income (CNY)",
    noData: "No figures in this period",
    amountsNote:
      "Amounts in yuan with two decimals, equal to the ledger's fen; households benefited are registered-poor and monitored households whose net income is positive.",
    householdsNote: "Aggregates only: no household can be identified.",
    sheets: { report: "Report", charts: "Charts", about: "About", compared: "Compared" },
    statuses: { registered_poor: "Registered poor", monitored: "Monitored" },
    compared: {
      title: "Totals · previous period and a year earlier",
      figure: "Figure",
      current: "This period",
      previous: "Previous period",
      yearEarlier: "A year earlier",
      change: "Change",
      ratio: "%",
    },
    about: {
      report: "Report",
      region: "Region",
      period: "Period",
      grouping: "Grouping",
      amounts: "Amounts",
      households: "Households",
    },
    inclusive: " (China time, both days included)",
  },
}

/** A moment as China time (UTC+8, no daylight saving), to the minute: 2026-03-01 09:30. */
export function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ")
}
