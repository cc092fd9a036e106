import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** The cooperative's own lot, or 404 whether it belongs to someone else or does not exist (read-only). */
export const getOwnLotStep = createStep(
  "get-own-lot",
  async (input: { cooperative_id: string; lot_id: string }, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [lot] = await service.listLots(
      { id: input.lot_id, cooperative_id: input.cooperative_id },
      { select: ["id", "quantity_g"] },
    )
    if (!lot)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${input.lot_id} was not found in your cooperative`)
    return new StepResponse(lot)
  },
)
