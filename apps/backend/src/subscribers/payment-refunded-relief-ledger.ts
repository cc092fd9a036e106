import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncOrderLedgerWorkflow } from "../workflows/relief-ledger/sync-order-ledger"

type PaymentRow = { payment_collection?: { order?: { id: string } | null } | null }

/** A refund (from the admin, a return or a claim) reverses the order's ledger entries in proportion. */
export default async function paymentRefundedReliefLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const orderId = (data[0] as unknown as PaymentRow | undefined)?.payment_collection?.order?.id
  if (orderId) await syncOrderLedgerWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
