import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Only an approved cooperative sells: a suspended one, one back in review after a rename (pending), or a rejected one
// (which could only hold products from before a rename) is off the store.
const NOT_SELLING = ["pending", "rejected", "suspended"]

type Pg = { raw: <T>(sql: string, bindings: unknown[]) => Promise<{ rows: T[] }> }

/**
 * Ids of the products of cooperatives that may not sell now (suspended, or waiting for review). The store hides them
 * while that lasts and shows them again on (re)approval: nothing about the products themselves is changed, so nothing
 * has to be restored. One plain statement (every store list and live click asks): the cooperatives, their link to
 * products (the table Medusa names for `links/product-cooperative.ts`) and the products, none of them deleted, as
 * `query.graph` from the cooperative read them.
 */
export async function suspendedProductIds(container: MedusaContainer): Promise<Set<string>> {
  const pg = container.resolve<Pg>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw<{ id: string }>(
    `select p.id from cooperative c
     join cooperative_cooperative_product_product cp on cp.cooperative_id = c.id and cp.deleted_at is null
     join product p on p.id = cp.product_id and p.deleted_at is null
     where c.status in (${NOT_SELLING.map(() => "?").join(", ")}) and c.deleted_at is null`,
    NOT_SELLING,
  )
  return new Set(rows.map((r) => r.id))
}

/** The product of each variant, for the variants given. */
export async function variantProductIds(
  container: MedusaContainer,
  variantIds: string[],
): Promise<Map<string, string>> {
  if (!variantIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantIds },
  })
  return new Map(
    (data as { id: string; product_id: string | null }[]).flatMap((v) => (v.product_id ? [[v.id, v.product_id]] : [])),
  )
}
