import type { Host } from "@fengshou/live-contract"
import type LivestreamModuleService from "../../modules/livestream/service"

export type HostRow = Awaited<ReturnType<LivestreamModuleService["listHosts"]>>[number]

// A JSON column: platform → account name.
export const handles = (h: unknown) => (h ?? {}) as Host["handles"]

/** A host as the host and the operator see it (the public session carries only id, name and handles). */
export function serializeHost(h: HostRow): Host {
  return {
    id: h.id,
    name: h.name,
    email: h.email,
    handles: handles(h.handles),
    commission_rate_bps: h.commission_rate_bps,
    status: h.status,
    status_reason: h.status_reason ?? null,
  }
}
