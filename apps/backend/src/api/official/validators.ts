import { z } from "zod"
import { REPORT_GROUPINGS, REPORT_LANGS, type ReportGrouping, type ReportLang } from "@fengshou/relief-core"
import { normalizeRegionCode } from "../../modules/official/region-scope"

// Query schemas of the officials' routes. Medusa makes them strict, so a parameter not named here is a 400.

const isRealDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)

const FIRST_DAY = "1900-01-01"

const day = (field: "from" | "to", what: string) =>
  z
    .string({ message: `${field} is required: ${what}, written YYYY-MM-DD (a calendar day in China time)` })
    .refine(isRealDate, { message: `${field} must be a real date written YYYY-MM-DD, like 2026-03-01` })
    // Reports are set beside the period before and a year earlier; those must be real dates too.
    .refine((v) => v >= FIRST_DAY, { message: `${field} must be on or after ${FIRST_DAY}, like 2026-03-01` })

export const EXPORT_FORMATS = ["csv", "xlsx", "pdf"] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

const oneOf = <T extends string>(field: string, values: readonly T[]) =>
  z
    .string({ message: `${field} must be one of ${values.join(", ")}` })
    .refine((v): v is T => (values as readonly string[]).includes(v), {
      message: `${field} must be one of ${values.join(", ")}`,
    })
    .transform((v) => v as T)

const report = {
  from: day("from", "the first day of the period"),
  to: day("to", "the last day of the period"),
  region: z
    .string({ message: "region must be a division-code prefix" })
    .refine((v) => normalizeRegionCode(v) !== null, {
      message:
        "region must be a division-code prefix of 2, 4, 6, 9 or 12 digits inside your scope, like 231223 (青冈县); leave it out for your whole scope",
    })
    .transform((v) => normalizeRegionCode(v)!)
    .optional(),
  group_by: oneOf<ReportGrouping>("group_by", REPORT_GROUPINGS).default("region"),
  lang: oneOf<ReportLang>("lang", REPORT_LANGS).default("zh"),
}

const periodInOrder = (q: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (q.from > q.to)
    ctx.addIssue({ code: "custom", path: ["to"], message: `to (${q.to}) must not be before from (${q.from})` })
}

export const ReliefReportQuery = z.object(report).superRefine(periodInOrder)
export type ReliefReportParams = z.infer<typeof ReliefReportQuery>

export const ReliefExportQuery = z
  .object({ ...report, format: oneOf<ExportFormat>("format", EXPORT_FORMATS) })
  .superRefine(periodInOrder)
export type ReliefExportParams = z.infer<typeof ReliefExportQuery>

export const ReliefReconciliationQuery = z.object({})
