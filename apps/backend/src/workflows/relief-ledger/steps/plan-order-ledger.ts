import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NewLedgerEntry } from "@fengshou/relief-core"
import { RELIEF_LEDGER_MODULE } from "../../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../../modules/relief-ledger/service"
import { planOrderEntries } from "../../../lib/relief/plan-order-entries"
import { readOrderFacts } from "../../../queries/relief/read-order-facts"

/** Works out which ledger entries an order still lacks (read-only; nothing to compensate). */
export const planOrderLedgerStep = createStep(
  "plan-order-ledger",
  async (input: { order_id: string }, { container }) => {
    const facts = await readOrderFacts(container, input.order_id)
    if (!facts) return new StepResponse<NewLedgerEntry[]>([])
    const written = await container
      .resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
      .listOrderEntries([input.order_id])
    return new StepResponse(planOrderEntries(facts, written))
  },
)
