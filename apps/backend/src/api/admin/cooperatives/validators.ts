import { z } from "zod"
import { COOPERATIVE_STATUSES } from "../../../modules/cooperative/models/cooperative"
import { listQuery } from "../../utils/fields"

export const AdminListCooperatives = z.object({ ...listQuery, status: z.enum([...COOPERATIVE_STATUSES]).optional() })
export type AdminListCooperativesQuery = z.infer<typeof AdminListCooperatives>

export const AdminApproveCooperative = z.object({})
export const AdminSuspendCooperative = z.object({ reason: z.string().trim().max(500).nullish() })
export type AdminSuspendCooperativeBody = z.infer<typeof AdminSuspendCooperative>
