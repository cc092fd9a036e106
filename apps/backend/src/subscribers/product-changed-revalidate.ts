import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront } from "../lib/revalidate-storefront"

type ProductEvent = { id: string }

/** Catalog writes (the admin, the cooperative portal, the seed) refresh the storefront's product pages at once. */
export default async function productChangedRevalidate({ event, container }: SubscriberArgs<ProductEvent>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const isVariant = event.name.startsWith("product-variant.")
  const { data } = await query.graph({
    entity: isVariant ? "product_variant" : "product",
    fields: isVariant ? ["product.handle"] : ["handle"],
    filters: { id: event.data.id },
    withDeleted: true,
  })
  const row = data[0] as { handle?: string; product?: { handle?: string } } | undefined
  const handle = isVariant ? row?.product?.handle : row?.handle
  await revalidateStorefront(["products", ...(handle ? [`product:${handle}`] : [])], logger)
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
  ],
}
