import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DivisionNames } from "../../../lib/divisions/resolve-division"
import { OFFICIAL_MODULE } from "../../../modules/official"
import type OfficialModuleService from "../../../modules/official/service"

export type CreateOfficialInput = {
  email: string
  name: string
  title?: string | null
  organisation: string
  region_code: string
  region: DivisionNames
}

/** Creates an active official; an email that is already an official is a 400. */
export const createOfficialStep = createStep(
  "create-official",
  async (input: CreateOfficialInput, { container }) => {
    const service = container.resolve<OfficialModuleService>(OFFICIAL_MODULE)
    const email = input.email.trim().toLowerCase()
    const [existing] = await service.listOfficials({ email }, { select: ["id"] })
    if (existing) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email} is already an official`)
    const official = await service.createOfficials({ ...input, email, status: "active" })
    return new StepResponse(official, official.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<OfficialModuleService>(OFFICIAL_MODULE).deleteOfficials(id)
  },
)
