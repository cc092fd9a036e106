import type { MedusaContainer } from "@medusajs/framework/types"
import { syncOrderLedgerWorkflow } from "./sync-order-ledger"
import { reconcileLedger } from "../../queries/relief/reconcile-ledger"

/**
 * Writes whatever the ledger lacks for orders placed before it existed (or whose events were lost): runs the same
 * workflow as the order events, so an order already written gains nothing. Returns how many entries it appended.
 */
export async function backfillLedger(container: MedusaContainer, options: { order_ids?: string[] } = {}) {
  const { differences } = await reconcileLedger(container, options)
  const orderIds = [...new Set(differences.filter((d) => d.kind === "missing_entries").map((d) => d.order_id))]
  let appended = 0
  for (const order_id of orderIds) {
    const { result } = await syncOrderLedgerWorkflow(container).run({ input: { order_id } })
    appended += result.appended
  }
  return { orders: orderIds.length, appended }
}
