import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront } from "../lib/revalidate-storefront"

type CooperativeEvent = { id: string | string[] }

/** A cooperative's update (suspension, reinstatement, profile) refreshes its page, the list and its products' pages. */
export default async function cooperativeChangedRevalidate({ event, container }: SubscriberArgs<CooperativeEvent>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: ["handle", "products.handle"],
    filters: { id: event.data.id },
  })
  const rows = data as { handle: string; products?: ({ handle: string } | null)[] | null }[]
  const tags = rows.flatMap((c) => [
    `cooperative:${c.handle}`,
    ...(c.products ?? []).flatMap((p) => (p ? [`product:${p.handle}`] : [])),
  ])
  if (!tags.length) return
  await revalidateStorefront(["products", "cooperatives", ...tags], container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = { event: "cooperative.cooperative.updated" }
