import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import type { OpenSet } from "../../../modules/settlement/service"
import { planStatements, type ExistingStatement } from "../../../lib/settlement/plan-statements"
import { listSettlementOrderIds, readOrderLines } from "../../../queries/settlement/read-order-lines"

export type PlanSettlementInput = { as_of: string; fee_bps: number; hold_days: number }

/** Works out every open statement and its lines from what is payable at as_of (read-only; nothing to compensate). */
export const planSettlementStatementsStep = createStep(
  "plan-settlement-statements",
  async (input: PlanSettlementInput, { container }) => {
    const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const { lines } = await readOrderLines(container, await listSettlementOrderIds(container), input)
    const statements = await settlement.listSettlementStatements(
      {},
      { select: ["id", "party", "party_id", "period", "status"], take: null },
    )
    const coopIds = [...new Set(lines.filter((l) => l.party === "cooperative").map((l) => l.party_id))]
    const coops = coopIds.length
      ? await container
          .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
          .listCooperatives({ id: coopIds }, { select: ["id", "handle"], take: null })
      : []
    const handles = new Map(coops.map((c) => [c.id, c.handle]))
    const plan = planStatements({
      lines,
      as_of: new Date(input.as_of),
      settled_keys: await settlement.listPaidLineKeys(),
      statements: statements as unknown as ExistingStatement[],
      fee_bps: input.fee_bps,
      handle: (party, id) => (party === "cooperative" ? (handles.get(id) ?? id) : id),
      new_id: (prefix) => generateEntityId(undefined, prefix),
    })
    return new StepResponse<OpenSet>(plan)
  },
)
