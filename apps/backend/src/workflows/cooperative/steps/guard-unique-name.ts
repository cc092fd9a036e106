import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/**
 * Shoppers and officials know a cooperative by its Chinese name, so two cooperatives may not share one: a clash is a
 * 400 (at sign-up and on a rename), whatever the other's status.
 */
export async function assertNameFree(service: CooperativeModuleService, nameZh: string, exceptId?: string) {
  const name = nameZh.trim()
  const clashes = await service.listCooperatives({ name_zh: name }, { select: ["id"] })
  if (clashes.some((c) => c.id !== exceptId)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `name_zh ${name} is already another cooperative's name; use the full registered name on your business licence`,
    )
  }
}

/** The rename check of a profile edit: a name_zh or credit code another cooperative holds is a 400. */
export const guardUniqueNameStep = createStep(
  "guard-unique-cooperative-name",
  async (input: { id: string; name_zh?: string; credit_code?: string }, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    if (input.name_zh) await assertNameFree(service, input.name_zh, input.id)
    if (!input.credit_code) return
    const [holder] = await service.listCooperatives({ credit_code: input.credit_code }, { select: ["id"] })
    if (holder && holder.id !== input.id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `credit_code ${input.credit_code} is already registered to another cooperative; check the code on your business licence`,
      )
    }
  },
)
