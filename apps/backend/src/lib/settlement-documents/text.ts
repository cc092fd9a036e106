import type { HouseholdIncome, Statement, StatementLine } from "@fengshou/store-contract"
import type { ReportLang } from "@fengshou/relief-core"

/** The language a settlement document is printed in: zh by default, en on `?lang=en`. */
export type DocumentLang = ReportLang

type Text = {
  statement: Record<Statement["party"], string>
  party: Record<Statement["party"], string>
  status: Record<Statement["status"], string>
  kind: Record<StatementLine["kind"], string>
  householdStatus: Record<HouseholdIncome["status"], string>
  fields: Record<
    | "number"
    | "period"
    | "status"
    | "paid_on"
    | "bank_reference"
    | "gross"
    | "refunds"
    | "fee"
    | "fee_rate"
    | "commission"
    | "net",
    string
  >
  columns: Record<
    "order" | "title" | "kind" | "occurred_at" | "payable_at" | "sales" | "fee" | "commission" | "net",
    string
  >
  dividend: Record<
    | "title"
    | "cooperative"
    | "village"
    | "period"
    | "code"
    | "name"
    | "status"
    | "persons"
    | "supply"
    | "dividend"
    | "total"
    | "signature"
    | "collective"
    | "note",
    string
  >
  yuan: string
  total: string
  noLines: string
  generated: string
  chinaTime: string
  page: (n: number, of: number) => string
}

export const DOCUMENT_TEXT: Record<DocumentLang, Text> = {
  zh: {
    statement: { cooperative: "合作社结算单", host: "主播佣金结算单" },
    party: { cooperative: "合作社", host: "主播" },
    status: { open: "未付款（随可结算明细更新）", paid: "已付款" },
    kind: { sale: "销售", refund: "退款", cancel: "取消", commission: "佣金" },
    householdStatus: { registered_poor: "脱贫户", monitored: "监测户", member: "一般户" },
    fields: {
      number: "结算单号",
      period: "结算期间",
      status: "状态",
      paid_on: "付款日期",
      bank_reference: "银行流水号",
      gross: "销售额",
      refunds: "退款",
      fee: "平台服务费",
      fee_rate: "服务费率",
      commission: "主播佣金",
      net: "应付净额",
    },
    columns: {
      order: "订单号",
      title: "商品",
      kind: "类型",
      occurred_at: "发生时间",
      payable_at: "可结算时间",
      sales: "销售额",
      fee: "服务费",
      commission: "佣金",
      net: "净额",
    },
    dividend: {
      title: "农户收入分红表",
      cooperative: "合作社",
      village: "所在村",
      period: "期间",
      code: "农户编码",
      name: "户主姓名",
      status: "类别",
      persons: "人口",
      supply: "供货收入",
      dividend: "分红",
      total: "合计",
      signature: "签字",
      collective: "村集体",
      note: "金额单位为元，来自消费帮扶台账，已扣除退款与取消。本表含农户姓名，仅供本合作社发放使用，请妥善保管。",
    },
    yuan: "（元）",
    total: "合计",
    noLines: "本期无明细",
    generated: "生成时间",
    chinaTime: "（北京时间）",
    page: (n, of) => `第 ${n} / ${of} 页`,
  },
  en: {
    statement: { cooperative: "Cooperative settlement statement", host: "Host commission statement" },
    party: { cooperative: "Cooperative", host: "Host" },
    status: { open: "Open (updated as lines become payable)", paid: "Paid" },
    kind: { sale: "Sale", refund: "Refund", cancel: "Cancel", commission: "Commission" },
    householdStatus: { registered_poor: "Registered poor", monitored: "Monitored", member: "Member" },
    fields: {
      number: "Statement no.",
      period: "Period",
      status: "Status",
      paid_on: "Paid on",
      bank_reference: "Bank reference",
      gross: "Gross sales",
      refunds: "Refunds",
      fee: "Platform fee",
      fee_rate: "Fee rate",
      commission: "Host commission",
      net: "Net payable",
    },
    columns: {
      order: "Order",
      title: "Product",
      kind: "Kind",
      occurred_at: "Occurred",
      payable_at: "Payable",
      sales: "Sales",
      fee: "Fee",
      commission: "Commission",
      net: "Net",
    },
    dividend: {
      title: "Household income and dividend sheet",
      cooperative: "Cooperative",
      village: "Village",
      period: "Period",
      code: "Household",
      name: "Name",
      status: "Status",
      persons: "Persons",
      supply: "Supply",
      dividend: "Dividend",
      total: "Total",
      signature: "Signature",
      collective: "Village collective",
      note: "Amounts in CNY from the relief ledger, net of refunds and cancellations. This sheet carries household names: for the cooperative's own payout only; keep it safe.",
    },
    yuan: " (CNY)",
    total: "Total",
    noLines: "No lines in this period",
    generated: "Generated",
    chinaTime: " (China time)",
    page: (n, of) => `Page ${n} of ${of}`,
  },
}
