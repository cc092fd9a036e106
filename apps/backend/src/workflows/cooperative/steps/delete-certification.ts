import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** Soft-deletes one of the cooperative's own certifications (404 for anyone else's); compensation restores it. */
export const deleteCertificationStep = createStep(
  "delete-certification",
  async (input: { cooperative_id: string; id: string }, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [own] = await service.listCertifications(
      { id: input.id, cooperative_id: input.cooperative_id },
      { select: ["id"] },
    )
    if (!own)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certification ${input.id} was not found in your cooperative`)
    await service.softDeleteCertifications([own.id])
    return new StepResponse(own.id, own.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).restoreCertifications([id])
  },
)
