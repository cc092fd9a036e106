import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** 404 unless the cooperative exists (read-only). */
export const ensureCooperativeExistsStep = createStep(
  "ensure-cooperative-exists",
  async (id: string, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [found] = await service.listCooperatives({ id }, { select: ["id"] })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${id} was not found`)
  },
)
