import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront } from "../lib/revalidate-storefront"

type ProductEvent = { id: string }

/**
 * Catalog writes (the admin, the cooperative portal, the seed) refresh the storefront's product pages at once, and
 * the page of the product's cooperative, which lists its published products (a product archived or unpublished must
 * leave it too).
 */
export default async function productChangedRevalidate({ event, container }: SubscriberArgs<ProductEvent>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const isVariant = event.name.startsWith("product-variant.")
  const { data } = await query.graph({
    entity: isVariant ? "product_variant" : "product",
    fields: isVariant ? ["product.handle", "product.cooperative.handle"] : ["handle", "cooperative.handle"],
    filters: { id: event.data.id },
    withDeleted: true,
  })
  type Row = { handle?: string; cooperative?: { handle?: string } | null }
  const row = data[0] as (Row & { product?: Row | null }) | undefined
  const product = isVariant ? row?.product : row
  const handle = product?.handle
  const cooperative = product?.cooperative?.handle
  await revalidateStorefront(
    ["products", ...(handle ? [`product:${handle}`] : []), ...(cooperative ? [`cooperative:${cooperative}`] : [])],
    logger,
  )
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
