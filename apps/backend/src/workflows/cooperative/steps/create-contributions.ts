import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CreateContributionInput = {
  lot_id: string
  household_id: string
  quantity_g: number
  farmgate_fen_per_kg: number
}

/** Records which households supplied a lot; compensation deletes the records. */
export const createContributionsStep = createStep(
  "create-contributions",
  async (contributions: CreateContributionInput[], { container }) => {
    if (!contributions.length) return new StepResponse([], [] as string[])
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const created = await service.createContributions(contributions)
    return new StepResponse(
      created,
      created.map((c) => c.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteContributions(ids)
  },
)
