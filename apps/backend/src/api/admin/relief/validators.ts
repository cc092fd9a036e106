import { z } from "zod"

export const AdminBackfillLedger = z.object({
  order_ids: z
    .array(z.string().min(1))
    .max(1000, "at most 1000 order ids per call; omit order_ids to backfill every order")
    .optional(),
})
export type AdminBackfillLedgerType = z.infer<typeof AdminBackfillLedger>
