import { z } from "zod"
import { ReportFiguresSchema } from "./official"

// GET/POST/DELETE /official/relief/subscriptions and GET /official/relief/subscriptions/reports.

const GROUPINGS = ["region", "cooperative", "channel", "category", "month"] as const
const LANGS = ["zh", "en"] as const

export const ReportSubscriptionSchema = z.object({
  id: z.string(),
  region: z.string(),
  region_label: z.string(),
  group_by: z.enum(GROUPINGS),
  lang: z.enum(LANGS),
  created_at: z.string(),
})
export type ReportSubscription = z.infer<typeof ReportSubscriptionSchema>

export const ReportSubscriptionResponseSchema = z.object({ subscription: ReportSubscriptionSchema })
export const ReportSubscriptionListSchema = z.object({ subscriptions: z.array(ReportSubscriptionSchema) })

/** A month's report as it was issued: its period, when, and its totals (the rows are in the download). */
export const MonthlyReportSchema = z.object({
  id: z.string(),
  subscription_id: z.string(),
  region: z.string(),
  region_label: z.string(),
  group_by: z.enum(GROUPINGS),
  lang: z.enum(LANGS),
  from: z.string(),
  to: z.string(),
  generated_at: z.string(),
  emailed_at: z.string().nullable(),
  totals: ReportFiguresSchema,
})
export type MonthlyReport = z.infer<typeof MonthlyReportSchema>

export const MonthlyReportListSchema = z.object({ reports: z.array(MonthlyReportSchema) })
