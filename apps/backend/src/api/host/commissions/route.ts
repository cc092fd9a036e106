import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CommissionReport } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import { hostActor } from "../host-actor"

/** The host's commission per session and in total, pending inside the refund window and confirmed after it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const host = hostActor(req)
  const report = await req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).commissionReport(host.id)
  const body: CommissionReport = { commission_rate_bps: host.commission_rate_bps, ...report }
  res.json(body)
}
