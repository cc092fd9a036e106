import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { HostHandlesSchema } from "@fengshou/live-contract"
import type { z } from "zod"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

export type CreateHostInput = { email: string; name: string; handles: z.infer<typeof HostHandlesSchema> }

/** Creates a pending host (commission 0 until the operator sets it); one email is one host. */
export const createHostStep = createStep(
  "create-host",
  async (input: CreateHostInput, { container }) => {
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const email = input.email.trim().toLowerCase()
    const [existing] = await service.listHosts({ email }, { select: ["id"] })
    if (existing)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${email} is already a host; sign in with POST /auth/host/emailpass instead.`,
      )
    const host = await service.createHosts({ ...input, email, status: "pending", commission_rate_bps: 0 })
    return new StepResponse(host, host.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).deleteHosts(id)
  },
)
