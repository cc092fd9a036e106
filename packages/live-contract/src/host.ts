import { z } from "zod"

export const LIVE_PLATFORMS = ["douyin", "kuaishou", "wechat_channels", "taobao_live", "other"] as const
export type LivePlatform = (typeof LIVE_PLATFORMS)[number]
export const HOST_STATUSES = ["pending", "approved", "suspended"] as const
export type HostStatus = (typeof HOST_STATUSES)[number]

/** A host's account name on each platform they stream on, e.g. { douyin: "beima_shuji" }. */
export const HostHandlesSchema = z.partialRecord(z.enum(LIVE_PLATFORMS), z.string().trim().min(1).max(60))

/** POST /host/register, after POST /auth/host/emailpass/register. The operator sets the commission rate. */
export const RegisterHostBodySchema = z.object({
  name: z.string().trim().min(1, "Enter your name as viewers know you.").max(60),
  handles: HostHandlesSchema.default({}),
})
export type RegisterHostBody = z.infer<typeof RegisterHostBodySchema>

/** POST /admin/hosts/:id/approve and POST /admin/hosts/:id: commission in basis points (1 bp = 0.01 %), at most 50 %. */
export const CommissionRateBodySchema = z.object({
  commission_rate_bps: z
    .number()
    .int("Commission is whole basis points (500 = 5 %).")
    .min(0)
    .max(5000, "Commission cannot exceed 50 % (5000 bp)."),
})

export const HostSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  handles: HostHandlesSchema,
  commission_rate_bps: z.number().int(),
  status: z.enum(HOST_STATUSES),
  status_reason: z.string().nullable(),
})
export type Host = z.infer<typeof HostSchema>
