import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../env"
import { generateSettlementStatements } from "../workflows/settlement/generate-settlement-statements"

/** Daily (SETTLEMENT_CRON): recomputes the open settlement statements from what became payable. */
export default async function settlementStatementsJob(container: MedusaContainer) {
  if (!env.SETTLEMENT_CRON) return
  const { statements } = await generateSettlementStatements(container)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Settlement: ${statements} open statements regenerated`)
}

// Off: a schedule is still required, so the job wakes once a day and does nothing (see heal-relief-ledger.ts).
export const config = { name: "settlement-statements", schedule: env.SETTLEMENT_CRON ?? "30 2 * * *" }
