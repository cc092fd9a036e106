import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { repriceLiveOffersWorkflow } from "../workflows/livestream/reprice-live-offers"

/**
 * A size's shelf price (or its live floor) changed: its open live offers follow (workflows/livestream/reprice-live-offers.ts),
 * so a live price is never taken off a shelf price it was not set against.
 */
export default async function liveOffersFollowShelfPrice({ event, container }: SubscriberArgs<{ id: string }>) {
  await repriceLiveOffersWorkflow(container).run({ input: { variant_ids: [event.data.id] } })
}

export const config: SubscriberConfig = { event: "product-variant.updated" }
