import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateSessionBody } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

export type CreateLiveSessionInput = CreateSessionBody & { host_id: string }

/** Plans a session for a host; it is `scheduled` until the host starts it. */
export const createLiveSessionStep = createStep(
  "create-live-session",
  async (input: CreateLiveSessionInput, { container }) => {
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const session = await service.createLiveSessions({
      host_id: input.host_id,
      title: input.title,
      platform: input.platform,
      scheduled_start_at: new Date(input.scheduled_start_at),
      scheduled_end_at: input.scheduled_end_at ? new Date(input.scheduled_end_at) : null,
    })
    return new StepResponse(session, session.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).deleteLiveSessions(id)
  },
)
