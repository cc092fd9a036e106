import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hostActor } from "../host-actor"
import { serializeHost } from "../../../serializers/livestream/serialize-host"

/** The signed-in host, whatever their status: the console shows pending and suspended hosts why they wait. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ host: serializeHost(hostActor(req)) })
}
