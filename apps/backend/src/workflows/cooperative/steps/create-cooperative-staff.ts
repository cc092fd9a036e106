import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CreateCooperativeStaffInput = {
  cooperative_id: string
  email: string
  name: string
  role: "owner" | "staff"
}

/** Adds a staff member to a cooperative; one email is one staff member platform-wide. */
export const createCooperativeStaffStep = createStep(
  "create-cooperative-staff",
  async (input: CreateCooperativeStaffInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const email = input.email.trim().toLowerCase()
    const [existing] = await service.listCooperativeStaffs({ email }, { select: ["id"] })
    if (existing) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email} is already staff of a cooperative`)
    const staff = await service.createCooperativeStaffs({ ...input, email })
    return new StepResponse(staff, staff.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteCooperativeStaffs(id)
  },
)
