import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type UpdateCooperativeInput = { id: string } & Record<string, unknown>

/** Updates one cooperative's columns; compensation writes the previous values of those columns back. */
export const updateCooperativeStep = createStep(
  "update-cooperative",
  async (input: UpdateCooperativeInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const before = (await service.retrieveCooperative(input.id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(input).map((k) => [k, before[k]]))
    const updated = await service.updateCooperatives(input)
    return new StepResponse(updated, previous as UpdateCooperativeInput)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).updateCooperatives(previous)
  },
)
