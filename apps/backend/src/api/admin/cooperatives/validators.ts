import { z } from "zod"
import { COOPERATIVE_STATUSES } from "../../../modules/cooperative/models/cooperative"
import { listQuery } from "../../utils/fields"

export const AdminListCooperatives = z.object({ ...listQuery, status: z.enum([...COOPERATIVE_STATUSES]).optional() })
export type AdminListCooperativesQuery = z.infer<typeof AdminListCooperatives>

export const AdminApproveCooperative = z.object({})
export const AdminSuspendCooperative = z.object({ reason: z.string().trim().max(500).nullish() })
export type AdminSuspendCooperativeBody = z.infer<typeof AdminSuspendCooperative>

export const AdminRejectCooperative = z.object({
  reason: z
    .string({ message: "reason is required: tell the cooperative what to correct" })
    .trim()
    // refine, not min/max: Medusa rewrites the size checks' messages into ones that do not say what to fix.
    .refine((r) => r.length > 0, { message: "reason is required: tell the cooperative what to correct" })
    .refine((r) => r.length <= 500, { message: "reason must be at most 500 characters" }),
})
export type AdminRejectCooperativeBody = z.infer<typeof AdminRejectCooperative>
