import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncLiveOrderWorkflow } from "../workflows/livestream/attribution/sync-live-order"

/** Orders placed through a live session reach the host's panel and commission through Medusa's own events. */
export default async function orderLiveAttribution({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncLiveOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
