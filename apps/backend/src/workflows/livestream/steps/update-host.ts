import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { HostStatus } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

export type UpdateHostInput = {
  id: string
  status?: HostStatus
  status_reason?: string | null
  commission_rate_bps?: number
  approved_at?: Date | null
}

/** Updates one host's columns (404 for an unknown id); compensation writes the previous values back. */
export const updateHostStep = createStep(
  "update-host",
  async (input: UpdateHostInput, { container }) => {
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const [before] = await service.listHosts({ id: input.id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Host ${input.id} was not found`)
    const previous = Object.fromEntries(
      Object.keys(input).map((k) => [k, (before as Record<string, unknown>)[k]]),
    ) as UpdateHostInput
    const host = await service.updateHosts(input)
    return new StepResponse(host, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).updateHosts(previous)
  },
)
