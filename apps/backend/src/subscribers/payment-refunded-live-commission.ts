import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncLiveOrderWorkflow } from "../workflows/livestream/attribution/sync-live-order"

type PaymentRow = { payment_collection?: { order?: { id: string } | null } | null }

/** A refund lowers a live order's net sales; the host's commission is reversed to match. */
export default async function paymentRefundedLiveCommission({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const orderId = (data[0] as unknown as PaymentRow | undefined)?.payment_collection?.order?.id
  if (orderId) await syncLiveOrderWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
