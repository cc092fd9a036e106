import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront } from "../lib/revalidate-storefront"

/**
 * A certificate added, verified or removed (the operator's 核验 included) refreshes the product, trace and cooperative
 * pages that show it, instead of waiting for their caches to expire. Its expiry needs nothing: those caches live a
 * minute and `expired` is computed at each read.
 */
export default async function certificationChangedRevalidate({ container }: SubscriberArgs<{ id: string }>) {
  await revalidateStorefront(
    ["products", "traces", "cooperatives"],
    container.resolve(ContainerRegistrationKeys.LOGGER),
  )
}

export const config: SubscriberConfig = {
  event: [
    "cooperative.cooperative-certification.created",
    "cooperative.cooperative-certification.updated",
    "cooperative.cooperative-certification.deleted",
  ],
}
