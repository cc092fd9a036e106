import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { Session } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import { serializeSession } from "../../../serializers/livestream/serialize-session"

const RELATIONS = ["host", "products"]

/** The host's sessions, the latest planned start first. */
export async function readOwnSessions(container: MedusaContainer, hostId: string): Promise<Session[]> {
  const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const rows = await service.listLiveSessions({ host_id: hostId } as object, {
    relations: RELATIONS,
    order: { scheduled_start_at: "DESC", created_at: "DESC" },
  })
  return rows.map(serializeSession)
}

/** One of the host's own sessions; another host's is a 404, like a missing one, so ids cannot be probed. */
export async function readOwnSession(container: MedusaContainer, hostId: string, sessionId: string): Promise<Session> {
  const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const [row] = await service.listLiveSessions({ id: sessionId, host_id: hostId } as { id: string }, {
    relations: RELATIONS,
  })
  if (!row)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Live session ${sessionId} was not found among your sessions`)
  return serializeSession(row)
}
