import { z } from "zod"
import { CooperativeIdentitySchema } from "./cooperative"

export const COOPERATIVE_STATUSES = ["pending", "approved", "suspended"] as const
export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number]

/** The cooperative as its own staff see it in the console (no household data lives here). */
export const CooperativeProfileSchema = CooperativeIdentitySchema.extend({
  dividend_bps: z.number().int().nullable(),
  /** 村集体分成: the village collective's share of net sales in basis points; null when it has none. */
  collective_bps: z.number().int().nullable(),
  status: z.enum(COOPERATIVE_STATUSES),
  /** The operator's reason for a suspension. */
  status_reason: z.string().nullable(),
  approved_at: z.string().nullable(),
})
export type CooperativeProfile = z.infer<typeof CooperativeProfileSchema>

export const CooperativeStaffSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(["owner", "staff"]),
})
export type CooperativeStaff = z.infer<typeof CooperativeStaffSchema>

/** GET and POST /cooperative/me (and POST /cooperative/register): the cooperative and the staff member asking. */
export const CooperativeMeResponseSchema = z.object({
  cooperative: CooperativeProfileSchema,
  staff: CooperativeStaffSchema,
})
export type CooperativeMeResponse = z.infer<typeof CooperativeMeResponseSchema>
