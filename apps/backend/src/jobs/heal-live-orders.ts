import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../env"
import { healLiveOrders } from "../workflows/livestream/attribution/heal-live-orders"

/**
 * On the ledger heal's schedule (LEDGER_HEAL_CRON): live orders whose order event was lost get their live order row,
 * claims and commission, as the event would have written them.
 */
export default async function healLiveOrdersJob(container: MedusaContainer) {
  if (!env.LEDGER_HEAL_CRON) return
  await healRecentLiveOrders(container)
}

/** The heal over the last LEDGER_HEAL_WINDOW_HOURS; logs only when it found something. */
export async function healRecentLiveOrders(container: MedusaContainer) {
  const since = new Date(Date.now() - env.LEDGER_HEAL_WINDOW_HOURS * 3_600_000)
  const result = await healLiveOrders(container, { since })
  if (result.orders) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Live orders healed: ${result.orders} orders whose events were lost (${result.recorded} newly recorded)`)
  }
  return result
}

// Off: a schedule is still required; daily, as the ledger heal's (a delay past 2^31 ms overflows setTimeout).
export const config = { name: "heal-live-orders", schedule: env.LEDGER_HEAL_CRON ?? "0 4 * * *" }
