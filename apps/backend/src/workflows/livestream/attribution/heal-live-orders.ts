import type { MedusaContainer } from "@medusajs/framework/types"
import { listLiveOrderGaps } from "../../../queries/livestream/list-live-order-gaps"
import { syncLiveOrderWorkflow } from "./sync-live-order"

/**
 * Heals the livestream side without an operator: live orders of the last hours whose order event was lost (the
 * in-memory event bus loses them in a crash) run the same idempotent, per-order-locked workflow as the events, so
 * their claims are tied to them, the host's panel counts them and the commission is written, once.
 */
export async function healLiveOrders(container: MedusaContainer, options: { since: Date }) {
  const { checked, order_ids } = await listLiveOrderGaps(container, options.since)
  let recorded = 0
  for (const order_id of order_ids) {
    const { result } = await syncLiveOrderWorkflow(container).run({ input: { order_id } })
    if (result.recorded) recorded += 1
  }
  return { checked, orders: order_ids.length, recorded }
}
