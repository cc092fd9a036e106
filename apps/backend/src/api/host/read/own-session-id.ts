import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

/** Checks the session is the host's own (404 otherwise, like a missing one) without loading its products. */
export async function assertOwnSession(container: MedusaContainer, hostId: string, sessionId: string): Promise<void> {
  const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const [row] = await service.listLiveSessions({ id: sessionId, host_id: hostId } as { id: string }, { select: ["id"] })
  if (!row)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Live session ${sessionId} was not found among your sessions`)
}
