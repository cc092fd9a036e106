import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OFFICIAL_MODULE } from "../../../modules/official"
import type { OfficialStatus } from "../../../modules/official/models/official"
import type OfficialModuleService from "../../../modules/official/service"

export type UpdateOfficialStatusInput = { id: string; status: OfficialStatus; reason?: string | null }

/** Sets an official's status; 404 for an unknown id. The compensation puts the previous status back. */
export const updateOfficialStatusStep = createStep(
  "update-official-status",
  async (input: UpdateOfficialStatusInput, { container }) => {
    const service = container.resolve<OfficialModuleService>(OFFICIAL_MODULE)
    const [before] = await service.listOfficials(
      { id: input.id },
      { select: ["id", "status", "status_reason", "disabled_at"] },
    )
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Official ${input.id} was not found`)
    const official = await service.updateOfficials({
      id: input.id,
      status: input.status,
      status_reason: input.reason ?? null,
      disabled_at: input.status === "disabled" ? new Date() : null,
    })
    return new StepResponse(official, before)
  },
  async (before, { container }) => {
    if (!before) return
    const { id, status, status_reason, disabled_at } = before
    await container
      .resolve<OfficialModuleService>(OFFICIAL_MODULE)
      .updateOfficials({ id, status, status_reason, disabled_at })
  },
)
