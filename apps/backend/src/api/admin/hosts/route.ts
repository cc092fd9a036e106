import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import { serializeHost } from "../../../serializers/livestream/serialize-host"
import type { AdminListHostsQuery } from "./validators"

/** The operator's queue: hosts by status, the oldest sign-up first (the next to decide on). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as AdminListHostsQuery
  const service = req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const [rows, count] = await service.listAndCountHosts(status ? { status } : {}, {
    take: limit,
    skip: offset,
    order: { created_at: "ASC" },
  })
  const hosts = rows.map((h) => ({ ...serializeHost(h), approved_at: h.approved_at ?? null, created_at: h.created_at }))
  res.json({ hosts, count, limit, offset })
}
