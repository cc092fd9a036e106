// The dashboard's filters live in the URL (?region=&from=&to=), so a view, drilled down to a village or not, can be
// bookmarked and shared. They are parsed here for the page, and checked again by the export route with the same
// rules; the backend enforces the official's scope whatever we send (403 for a region outside it).
import { DIVISION_LEVELS, REPORT_LANGS, type ReportLang } from "@fengshou/relief-core"
import { z } from "zod"

export const REPORT_GROUPINGS = ["region", "cooperative", "channel", "category", "month"] as const
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number]
export const EXPORT_FORMATS = ["csv", "xlsx", "pdf"] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export type ReportFilters = { from: string; to: string; region: string }
export type { ReportLang }
/** The language the backend names rows and writes exports in: the official's locale. */
export const reportLang = (locale: string): ReportLang => (locale === "en" ? "en" : "zh")
export type FilterProblem = "from" | "to" | "order" | "region"

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const REGION = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/

/** A real calendar day written YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  return (
    typeof value === "string" && ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  )
}

/** A division-code prefix inside the official's scope (the scope itself included). */
export function isWithinScope(region: string, scope: string): boolean {
  return REGION.test(region) && region.startsWith(scope)
}

/** This year so far, in the official's calendar (Asia/Shanghai): today is passed in, so tests need no clock. */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01-01`, to: today }
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined

/**
 * The filters for a request: each given value that is malformed falls back to its default and is named in
 * `problems`, so the page still shows a report and says what it ignored. A well-formed region outside the scope is
 * kept: the backend refuses it (403) and the page shows its reason rather than quietly showing something else.
 */
export function parseReportFilters(
  params: Record<string, string | string[] | undefined>,
  scope: string,
  today: string,
): { filters: ReportFilters; problems: FilterProblem[] } {
  const defaults = defaultPeriod(today)
  const problems: FilterProblem[] = []
  const pick = (name: "from" | "to") => {
    const given = single(params[name])
    if (given === undefined) return defaults[name]
    if (isIsoDate(given)) return given
    problems.push(name)
    return defaults[name]
  }
  let from = pick("from")
  let to = pick("to")
  if (from > to) {
    problems.push("order")
    ;({ from, to } = defaults)
  }
  const given = single(params.region)
  const region = given === undefined ? scope : REGION.test(given) ? given : scope
  if (given !== undefined && region !== given) problems.push("region")
  return { filters: { from, to, region }, problems }
}

/** What the export route accepts: the filters, a grouping and a format. */
export const exportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    group_by: z.enum(REPORT_GROUPINGS),
    from: z.string().refine(isIsoDate, "from must be a date written YYYY-MM-DD"),
    to: z.string().refine(isIsoDate, "to must be a date written YYYY-MM-DD"),
    region: z.string().regex(REGION, "region must be a division code prefix of 2, 4, 6, 9 or 12 digits"),
    lang: z.enum(REPORT_LANGS, { message: "lang must be zh or en" }).default("zh"),
  })
  .refine((q) => q.from <= q.to, { message: "from must not be after to", path: ["to"] })
export type ExportQuery = z.infer<typeof exportQuerySchema>

/** The backend's query string for one summary or export. */
export function reportParams(
  filters: ReportFilters,
  groupBy: ReportGrouping,
  lang: ReportLang,
  format?: ExportFormat,
): Record<string, string> {
  return {
    from: filters.from,
    to: filters.to,
    region: filters.region,
    group_by: groupBy,
    lang,
    ...(format ? { format } : {}),
  }
}

/** The places from the scope down to the region read, for the breadcrumb: 231223 → 231223111 → 231223111204. */
export function regionTrail(scope: string, region: string): string[] {
  if (!isWithinScope(region, scope)) return [scope]
  return DIVISION_LEVELS.filter((level) => level >= scope.length && level <= region.length).map((level) =>
    region.slice(0, level),
  )
}

/** A region row's key is the child prefix one level down; a row at the region's own level (a village) has none. */
export function drillDownRegion(key: string | null, region: string): string | null {
  return key !== null && key.length > region.length && isWithinScope(key, region) ? key : null
}

/** The dashboard's URL query for a place and period, in the order people read it. */
export function reportSearch(filters: ReportFilters): string {
  return `?${new URLSearchParams({ region: filters.region, from: filters.from, to: filters.to })}`
}
