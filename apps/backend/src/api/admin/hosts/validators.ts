import { z } from "zod"
import { HOST_STATUSES } from "@fengshou/live-contract"
import { listQuery } from "../../utils/fields"

export const AdminListHosts = z.object({ ...listQuery, status: z.enum(HOST_STATUSES).optional() })
export type AdminListHostsQuery = z.infer<typeof AdminListHosts>

/** The reason is shown to the host on their console. */
export const AdminSuspendHost = z.object({ reason: z.string().trim().max(500).nullish() })
export type AdminSuspendHostBody = z.infer<typeof AdminSuspendHost>
