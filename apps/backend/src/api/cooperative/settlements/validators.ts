import { z } from "zod"
import { REPORT_LANGS } from "@fengshou/relief-core"
import { SettlementPeriodSchema, StatementStatusSchema } from "@fengshou/store-contract"
import { listQuery } from "../../utils/fields"

// Query schemas of the cooperative's settlement routes. Medusa makes them strict: a cooperative_id is a 400.

const period = z
  .string({ message: "period is required: a month as YYYY-MM, e.g. 2026-12" })
  .pipe(SettlementPeriodSchema)
const lang = z.enum(REPORT_LANGS, { message: "lang must be zh or en" }).default("zh")

export const ListOwnStatements = z.object({
  ...listQuery,
  status: StatementStatusSchema.optional(),
  period: period.optional(),
})
export type ListOwnStatementsQuery = z.infer<typeof ListOwnStatements>

export const StatementDocumentQuery = z.object({ lang })
export type StatementDocumentParams = z.infer<typeof StatementDocumentQuery>

export const HouseholdIncomeQuery = z.object({ period })
export type HouseholdIncomeParams = z.infer<typeof HouseholdIncomeQuery>

export const DividendSheetQuery = z.object({ period, lang })
export type DividendSheetParams = z.infer<typeof DividendSheetQuery>
