import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

export type GetOwnSessionInput = {
  host_id: string
  session_id: string
  /** refuse an ended session (every write) */ open?: boolean
}
export type OwnSession = Awaited<ReturnType<LivestreamModuleService["listLiveSessions"]>>[number]

/**
 * The caller's own session with its products (read-only). Another host's session is a 404, the same answer as a
 * missing one, so ids cannot be probed; writes to an ended session are a 400.
 */
export const getOwnSessionStep = createStep(
  "get-own-live-session",
  async (input: GetOwnSessionInput, { container }) => {
    return new StepResponse(await findOwnSession(container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE), input))
  },
)

export async function findOwnSession(service: LivestreamModuleService, input: GetOwnSessionInput): Promise<OwnSession> {
  const [session] = await service.listLiveSessions({ id: input.session_id, host_id: input.host_id } as { id: string }, {
    relations: ["products"],
  })
  if (!session)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Live session ${input.session_id} was not found among your sessions`,
    )
  if (input.open && session.ended_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `"${session.title}" has ended and can no longer be changed; plan a new session instead.`,
    )
  }
  return session
}
