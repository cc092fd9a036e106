import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { SealedHousehold } from "./create-households"

export type UpdateHouseholdInput = { id: string; cooperative_id: string; update: Partial<SealedHousehold> }

/** Updates one of the cooperative's own households (404 for anyone else's); compensation restores it. */
export const updateHouseholdStep = createStep(
  "update-household",
  async ({ id, cooperative_id, update }: UpdateHouseholdInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [before] = await service.listHouseholds({ id, cooperative_id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Household ${id} was not found in your cooperative`)
    if (update.code && update.code !== before.code) {
      const [taken] = await service.listHouseholds({ cooperative_id, code: update.code }, { select: ["id"] })
      if (taken)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `household code ${update.code} is already on your roster`)
    }
    if (update.id_number_hash && update.id_number_hash !== before.id_number_hash) {
      const [same] = await service.listHouseholds(
        { cooperative_id, id_number_hash: update.id_number_hash },
        { select: ["code"] },
      )
      if (same)
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `a household with this ID number is already on your roster (as ${same.code})`,
        )
    }
    const previous = Object.fromEntries(Object.keys(update).map((k) => [k, before[k as keyof typeof before]]))
    const updated = await service.updateHouseholds({ id, ...update })
    return new StepResponse(updated, { id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).updateHouseholds(previous)
  },
)
