import { z } from "zod"
import { SettlementPartySchema, SettlementPeriodSchema, StatementStatusSchema } from "@fengshou/store-contract"
import { calendarDate, listQuery } from "../../utils/fields"

export const AdminListSettlements = z.object({
  ...listQuery,
  party: SettlementPartySchema.optional(),
  party_id: z.string().trim().min(1).optional(),
  status: StatementStatusSchema.optional(),
  period: SettlementPeriodSchema.optional(),
})
export type AdminListSettlementsQuery = z.infer<typeof AdminListSettlements>

export const AdminSettlementReconciliation = z
  .object({ from: calendarDate("from"), to: calendarDate("to") })
  .refine((q) => q.from <= q.to, { message: "from must be on or before to", path: ["to"] })
export type AdminSettlementReconciliationQuery = z.infer<typeof AdminSettlementReconciliation>
