import { BENEFITED_STATUSES, fenToYuanString, type ReportFigures, type StatusFigures } from "@fengshou/relief-core"
import type { LabelledRow, OfficialReport } from "../../../../queries/official/read-report"
import { EXPORT_TEXT, type ExportLang } from "./export-text"

/** One column of an export: a title in the export's language, a machine id, and how a row's value is written. */
export type Column = {
  id: string
  title: string
  kind: "text" | "count" | "yuan" | "fen" | "grams"
  value: (row: LabelledRow) => string | number | null
}

/** What an issued (XLSX or PDF) export prints so a reader can check it: the code, who issued it and when. */
export type IssuedExport = { code: string; organisation: string; issued_at: Date; url: string }

/** Everything an export is drawn from: the report, the month trend and channel split for the charts, the issue. */
export type ExportInput = {
  report: OfficialReport
  lang: ExportLang
  trend: OfficialReport
  channels: OfficialReport
  issue: IssuedExport
}

type Figure = keyof ReportFigures & string

/**
 * The columns every export carries, in order. Money comes twice: yuan with two decimals (fenToYuanString, exact)
 * and the ledger's integer fen, so a reader can re-add the fen and never meets a second rounding.
 */
export function reportColumns(report: OfficialReport, lang: ExportLang = "zh"): Column[] {
  const t = EXPORT_TEXT[lang]
  const group = t.groups[report.group_by]
  const figure = (id: Figure, title: string, kind: Column["kind"]): Column => ({
    id,
    title,
    kind,
    value: (r) => r[id] as number,
  })
  const money = (id: Figure, title: string): Column[] => [
    {
      id: id.replace(/_fen$/, "_yuan"),
      title: title + t.yuan,
      kind: "yuan",
      value: (r) => fenToYuanString(r[id] as number),
    },
    figure(id, lang === "zh" ? `${title}（分）` : `${title} (fen)`, "fen"),
  ]
  const c = t.columns
  return [
    { id: "key", title: t.code(group), kind: "text", value: (r) => r.key },
    { id: "label", title: group, kind: "text", value: (r) => r.label },
    figure("orders", c.orders, "count"),
    ...money("sales_fen", c.sales),
    ...money("refunds_fen", c.refunds),
    figure("quantity_g", c.quantity_g, "grams"),
    figure("cooperatives", c.cooperatives, "count"),
    figure("households_benefited", c.households_benefited, "count"),
    figure("persons_benefited", c.persons_benefited, "count"),
    ...money("household_income_fen", c.household_income),
    ...money("avg_income_per_household_fen", c.avg_household),
    ...money("avg_income_per_person_fen", c.avg_person),
    ...money("collective_income_fen", c.collective_income),
    ...BENEFITED_STATUSES.flatMap((status) => statusColumns(status, t.statuses[status], lang)),
  ]
}

/** The household figures of one status (脱贫户 / 监测户), each household counted under one status per report. */
function statusColumns(status: (typeof BENEFITED_STATUSES)[number], name: string, lang: ExportLang): Column[] {
  const t = EXPORT_TEXT[lang]
  const c = t.columns
  const sep = lang === "zh" ? "" : " "
  const of = (r: LabelledRow, id: keyof StatusFigures) => r.by_status[status][id]
  const count = (id: keyof StatusFigures, title: string): Column => ({
    id: `${status}_${id}`,
    title: `${name}${sep}${title}`,
    kind: "count",
    value: (r) => of(r, id),
  })
  const money = (id: keyof StatusFigures, title: string): Column[] => [
    {
      id: `${status}_${id.replace(/_fen$/, "_yuan")}`,
      title: `${name}${sep}${title}${t.yuan}`,
      kind: "yuan",
      value: (r) => fenToYuanString(of(r, id)),
    },
    {
      id: `${status}_${id}`,
      title: lang === "zh" ? `${name}${title}（分）` : `${name} ${title} (fen)`,
      kind: "fen",
      value: (r) => of(r, id),
    },
  ]
  return [
    count("households_benefited", c.households_benefited),
    count("persons_benefited", c.persons_benefited),
    ...money("household_income_fen", c.household_income),
    ...money("avg_income_per_household_fen", c.avg_household),
    ...money("avg_income_per_person_fen", c.avg_person),
  ]
}

/** The report's rows, then the totals as a last row keyed "total" (合计 / Total). */
export function tableRows(report: OfficialReport, lang: ExportLang = "zh"): LabelledRow[] {
  return [...report.rows, { key: "total", label: EXPORT_TEXT[lang].total, ...report.totals }]
}

/** What a reader needs beside the table: the region, the period and the grouping. */
export function reportTitle(report: OfficialReport, lang: ExportLang = "zh"): string {
  const t = EXPORT_TEXT[lang]
  const region =
    lang === "zh" ? `${report.region_label}（${report.region}）` : `${report.region_label} (${report.region})`
  return `${t.title} · ${region} · ${t.period(report.from, report.to)} · ${t.by(t.groups[report.group_by])}`
}

export function exportFileName(report: OfficialReport, extension: string): string {
  return `relief-${report.region}-${report.from}-${report.to}-${report.group_by}.${extension}`
}
