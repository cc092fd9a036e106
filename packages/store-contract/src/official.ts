import { REPORT_GROUPINGS, REPORT_LANGS } from "@fengshou/relief-core"
import { z } from "zod"
import { count, fen, grams, RegionNamesSchema } from "./shared"

/** An official's region scope: a division-code prefix, its level (2/4/6/9/12 digits) and its names. */
export const OfficialScopeSchema = z.object({
  code: z.string(),
  level: z.number().int(),
  /** The name at the prefix's own level (青冈县), or the full label where that level is a placeholder (市辖区). */
  name: z.string(),
  /** Province down to the prefix's level: 黑龙江省 绥化市 青冈县. */
  label: z.string(),
  names: RegionNamesSchema,
})
export type OfficialScope = z.infer<typeof OfficialScopeSchema>

/** The signed-in official: profile and scope (no status note: a disabled official is refused before this). */
export const OfficialProfileSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  organisation: z.string(),
  region_code: z.string(),
  scope: OfficialScopeSchema,
  status: z.string(),
  created_at: z.string().optional(),
})
export type OfficialProfile = z.infer<typeof OfficialProfileSchema>

/** GET /official/me */
export const OfficialMeResponseSchema = z.object({ official: OfficialProfileSchema })
export type OfficialMeResponse = z.infer<typeof OfficialMeResponseSchema>

/** relief-core's StatusFigures: the household figures of the households of one status (脱贫户 or 监测户). */
export const StatusFiguresSchema = z.object({
  households_benefited: count,
  persons_benefited: count,
  household_income_fen: fen,
  avg_income_per_household_fen: fen,
  avg_income_per_person_fen: fen,
})
export type StatusFigures = z.infer<typeof StatusFiguresSchema>

/** relief-core's ReportFigures: integer fen and grams, counts of distinct orders, cooperatives, households, persons. */
export const ReportFiguresSchema = z.object({
  orders: count,
  sales_fen: fen,
  refunds_fen: fen,
  quantity_g: grams,
  cooperatives: count,
  households_benefited: count,
  persons_benefited: count,
  household_income_fen: fen,
  /**
   * 村集体经济收入: the village collectives' share of sales, net of reversals. Reports stored before the collective
   * was a party of the ledger lack it; there was none then, so it reads 0.
   */
  collective_income_fen: fen.default(0),
  avg_income_per_household_fen: fen,
  avg_income_per_person_fen: fen,
  /** Each household under one status per report (its latest); the sums over statuses are the figures above. */
  by_status: z.object({ registered_poor: StatusFiguresSchema, monitored: StatusFiguresSchema }),
})
export type ReportFigures = z.infer<typeof ReportFiguresSchema>

/** One row of a grouping: region prefix, cooperative id, channel, category (null = uncategorised) or month YYYY-MM. */
export const ReportRowSchema = ReportFiguresSchema.extend({
  key: z.string().nullable(),
  /** A readable name for the key (division, cooperative, channel, category or month); null when none is known. */
  label: z.string().nullable(),
})
export type ReportRow = z.infer<typeof ReportRowSchema>

/** An earlier period beside the report: exactly the summary its from..to would give (same region and grouping). */
export const ComparedPeriodSchema = z.object({
  from: z.string(),
  to: z.string(),
  totals: ReportFiguresSchema,
  rows: z.array(ReportRowSchema),
})
export type ComparedPeriod = z.infer<typeof ComparedPeriodSchema>

/** GET /official/relief/summary: one grouping of the relief report of a region inside the official's scope. */
export const ReliefSummarySchema = z.object({
  /** The region read: a division-code prefix inside the official's scope. */
  region: z.string(),
  region_name: z.string(),
  region_label: z.string(),
  from: z.string(),
  to: z.string(),
  group_by: z.enum(REPORT_GROUPINGS),
  totals: ReportFiguresSchema,
  rows: z.array(ReportRowSchema),
  /** The language of the labels (rows, region_name, region_label). */
  lang: z.enum(REPORT_LANGS),
  /** 环比 (the period just before, see relief-core's periodBefore) and 同比 (the same dates a year earlier). */
  compare: z.object({ previous: ComparedPeriodSchema, year_earlier: ComparedPeriodSchema }),
})
export type ReliefSummary = z.infer<typeof ReliefSummarySchema>
