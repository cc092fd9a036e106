import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LivePlatform } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

type When = Date | string | null
export type UpdateLiveSessionInput = {
  id: string
  title?: string
  platform?: LivePlatform
  scheduled_start_at?: When
  scheduled_end_at?: When
  started_at?: When
  ended_at?: When
}

const asDate = (v: When | undefined) => (typeof v === "string" ? new Date(v) : v)

/** Updates one session's columns; compensation writes the previous values back. */
export const updateLiveSessionStep = createStep(
  "update-live-session",
  async (input: UpdateLiveSessionInput, { container }) => {
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const before = (await service.retrieveLiveSession(input.id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(input).map((k) => [k, before[k]])) as UpdateLiveSessionInput
    const update = Object.fromEntries(
      Object.entries(input).map(([k, v]) => [k, k.endsWith("_at") ? asDate(v as When) : v]),
    )
    const session = await service.updateLiveSessions(update as { id: string })
    return new StepResponse(session, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).updateLiveSessions(previous as { id: string })
  },
)
