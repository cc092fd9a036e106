import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { DivisionNames } from "../../../lib/divisions/resolve-division"
import { assertNameFree } from "./guard-unique-name"

export type CreateCooperativeInput = {
  handle: string
  name_zh: string
  name_en: string
  credit_code: string
  division_code: string
  region: DivisionNames
  story_zh?: string | null
  story_en?: string | null
  benefit_mechanisms: string[]
  dividend_bps?: number | null
  collective_bps?: number | null
  /** Required at sign-up over HTTP (validators.ts); the demo seed's cooperatives have none. */
  licence_url?: string | null
}

/** Creates a pending cooperative; a taken handle or credit code is a 400 naming the field. */
export const createCooperativeStep = createStep(
  "create-cooperative",
  async (input: CreateCooperativeInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [byHandle] = await service.listCooperatives({ handle: input.handle }, { select: ["id"] })
    if (byHandle)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `handle ${input.handle} is taken; choose another`)
    const [byCode] = await service.listCooperatives({ credit_code: input.credit_code }, { select: ["id"] })
    if (byCode) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `credit_code ${input.credit_code} is already registered; ask the platform operator`,
      )
    }
    await assertNameFree(service, input.name_zh)
    const cooperative = await service.createCooperatives({ ...input, status: "pending" })
    return new StepResponse(cooperative, cooperative.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteCooperatives(id)
  },
)
