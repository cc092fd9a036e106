import { z } from "zod"
import { REPORT_LANGS } from "@fengshou/relief-core"
import { SettlementPeriodSchema, StatementStatusSchema } from "@fengshou/store-contract"
import { listQuery } from "../../utils/fields"

// Query schemas of the host's settlement routes. Medusa makes them strict: a host_id is a 400.

const period = z.string({ message: "period must be a month as YYYY-MM, e.g. 2026-12" }).pipe(SettlementPeriodSchema)

export const ListOwnStatements = z.object({
  ...listQuery,
  status: StatementStatusSchema.optional(),
  period: period.optional(),
})
export type ListOwnStatementsQuery = z.infer<typeof ListOwnStatements>

export const StatementDocumentQuery = z.object({
  lang: z.enum(REPORT_LANGS, { message: "lang must be zh or en" }).default("zh"),
})
export type StatementDocumentParams = z.infer<typeof StatementDocumentQuery>
