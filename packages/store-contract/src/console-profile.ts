import { z } from "zod"
import { CooperativeIdentitySchema } from "./cooperative"

/**
 * pending: signed up or renamed, waiting for the operator; rejected: the operator said why (status_reason) and the
 * cooperative may correct its profile, which puts it back to pending; approved: may sell; suspended: may only read.
 */
export const COOPERATIVE_STATUSES = ["pending", "rejected", "approved", "suspended"] as const
export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number]

/** The cooperative as its own staff see it in the console (no household data lives here). */
export const CooperativeProfileSchema = CooperativeIdentitySchema.extend({
  dividend_bps: z.number().int().nullable(),
  /** 村集体分成: the village collective's share of net sales in basis points; null when it has none. */
  collective_bps: z.number().int().nullable(),
  status: z.enum(COOPERATIVE_STATUSES),
  /** The operator's reason for a rejection or suspension. */
  status_reason: z.string().nullable(),
  /** The business licence (营业执照) uploaded at sign-up, a File Module URL; null for cooperatives seeded without one. */
  licence_url: z.string().nullable(),
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
