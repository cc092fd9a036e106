import type { MedusaContainer } from "@medusajs/framework/types"
import { listLedgerGaps } from "../../queries/relief/list-ledger-gaps"
import { backfillLedger } from "./backfill-ledger"

/**
 * Heals the ledger without an operator: the orders of the last hours whose entries an event should have written
 * but did not (the in-memory event bus loses events in a crash) are backfilled by the same idempotent workflow as
 * the events, so running it again, or at the same time as a late event, writes nothing twice.
 */
export async function healLedger(container: MedusaContainer, options: { since: Date }) {
  const { checked, order_ids } = await listLedgerGaps(container, options.since)
  if (!order_ids.length) return { checked, orders: 0, appended: 0 }
  const { orders, appended } = await backfillLedger(container, { order_ids })
  return { checked, orders, appended }
}
