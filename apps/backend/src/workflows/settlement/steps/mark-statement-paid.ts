import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type MarkStatementPaidInput = { id: string; paid_on: string; bank_reference: string; paid_by: string | null }

/** open → paid (once: a paid statement answers CONFLICT); compensation reopens the statement it just paid. */
export const markStatementPaidStep = createStep(
  "mark-statement-paid",
  async (input: MarkStatementPaidInput, { container }) => {
    const done = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).markPaid(input.id, {
      paid_on: input.paid_on,
      bank_reference: input.bank_reference,
      paid_by: input.paid_by,
      paid_at: new Date(),
    })
    if (!done) throw new MedusaError(MedusaError.Types.NOT_FOUND, `settlement statement ${input.id} was not found`)
    return new StepResponse(done, input.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).reopenJustPaid(id)
  },
)
