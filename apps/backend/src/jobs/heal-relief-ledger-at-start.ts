import type { MedusaContainer } from "@medusajs/framework/types"
import { env } from "../env"
import { healRecentLiveOrders } from "./heal-live-orders"
import { healRecentOrders } from "./heal-relief-ledger"

/**
 * The same heals once, a minute after the process starts: a crash loses the in-memory event bus's pending events,
 * so the orders committed just before it are written (ledger and live side) now rather than at the next run.
 */
export default async function healReliefLedgerAtStartJob(container: MedusaContainer) {
  if (!env.LEDGER_HEAL_CRON) return
  await healRecentOrders(container)
  await healRecentLiveOrders(container)
}

export const config = { name: "heal-relief-ledger-at-start", schedule: { interval: 60_000, numberOfExecutions: 1 } }
