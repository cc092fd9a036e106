import type { MedusaContainer } from "@medusajs/framework/types"
import { env } from "../env"
import { healRecentOrders } from "./heal-relief-ledger"

/**
 * The same heal once, a minute after the process starts: a crash loses the in-memory event bus's pending events,
 * so the orders committed just before it are written now rather than at the next scheduled run.
 */
export default async function healReliefLedgerAtStartJob(container: MedusaContainer) {
  if (!env.LEDGER_HEAL_CRON) return
  await healRecentOrders(container)
}

export const config = { name: "heal-relief-ledger-at-start", schedule: { interval: 60_000, numberOfExecutions: 1 } }
