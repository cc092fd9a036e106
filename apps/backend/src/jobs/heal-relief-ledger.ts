import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../env"
import { healLedger } from "../workflows/relief-ledger/heal-ledger"

/** Every few minutes (LEDGER_HEAL_CRON): writes the ledger entries of recent orders whose events were lost. */
export default async function healReliefLedgerJob(container: MedusaContainer) {
  if (!env.LEDGER_HEAL_CRON) return
  await healRecentOrders(container)
}

/** The heal over the last LEDGER_HEAL_WINDOW_HOURS; logs only when it wrote something. */
export async function healRecentOrders(container: MedusaContainer) {
  const since = new Date(Date.now() - env.LEDGER_HEAL_WINDOW_HOURS * 3_600_000)
  const result = await healLedger(container, { since })
  if (result.appended) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Relief ledger healed: ${result.appended} entries for ${result.orders} orders whose events were lost`)
  }
  return result
}

// Off: a schedule is still required, so the job wakes once a day and does nothing. Not yearly: Medusa's in-memory
// scheduler hands the delay to setTimeout, and one past 2^31 ms (about 24.8 days) fires at once, again and again.
export const config = { name: "heal-relief-ledger", schedule: env.LEDGER_HEAL_CRON ?? "0 4 * * *" }
