import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncOrderLedgerWorkflow } from "../workflows/relief-ledger/sync-order-ledger"

/** Placed and canceled orders reach the relief ledger through Medusa's own events, whatever route made them. */
export default async function orderReliefLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncOrderLedgerWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
