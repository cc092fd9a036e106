import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import type { OpenSet } from "../../../modules/settlement/service"

/** Replaces the open statements and their lines in one transaction; compensation puts back what was there. */
export const setOpenStatementsStep = createStep(
  "set-open-statements",
  async (next: OpenSet, { container }) => {
    const before = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).setOpenStatements(next)
    return new StepResponse({ statements: next.statements.length }, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).setOpenStatements(before)
  },
)
