import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Event = { name: string; data?: { id?: string | string[] } | null }

/** Events that change what the product index holds, besides the product's own. */
export const PRODUCT_INDEX_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  // The cooperative module's generated events (MedusaService): name, region, certifications.
  "cooperative.cooperative.updated",
  "cooperative.cooperative-certification.created",
  "cooperative.cooperative-certification.updated",
  "cooperative.cooperative-certification.deleted",
  // English titles live in the Translation Module.
  "translation.translation.created",
  "translation.translation.updated",
  // Stock (in_stock) and sales.
  "inventory-level.created",
  "inventory-level.updated",
  "inventory.inventory-level.created",
  "inventory.inventory-level.updated",
  "order.placed",
]

const ids = (event: Event) => {
  const id = event.data?.id
  return id === undefined ? [] : Array.isArray(id) ? id : [id]
}

type Graph = (entity: string, fields: string[], id: string[]) => Promise<Record<string, unknown>[]>

/** The products an event touches, found through query.graph; deleted rows are read too. */
export async function affectedProductIds(event: Event, query: Pick<RemoteQueryFunction, "graph">): Promise<string[]> {
  const eventIds = ids(event)
  if (!eventIds.length) return []
  const graph: Graph = async (entity, fields, id) =>
    (await query.graph({ entity, fields, filters: { id }, withDeleted: true })).data as Record<string, unknown>[]
  const pluck = (rows: unknown[], path: string[]): string[] =>
    rows.flatMap((row) => {
      const [head, ...rest] = path
      const value = (row as Record<string, unknown> | null)?.[head!]
      if (value === undefined || value === null) return []
      if (!rest.length) return [String(value)]
      return pluck(Array.isArray(value) ? value : [value], rest)
    })

  const [prefix] = event.name.split(/\.(?=[^.]+$)/)
  switch (prefix) {
    case "product":
      return eventIds
    case "product-variant":
      return pluck(await graph("product_variant", ["product_id"], eventIds), ["product_id"])
    case "cooperative.cooperative":
      return pluck(await graph("cooperative", ["products.id"], eventIds), ["products", "id"])
    case "cooperative.cooperative-certification": {
      // Query has no alias for the certification model, so look for its cooperative among all (a few dozen).
      const { data } = await query.graph({
        entity: "cooperative",
        fields: ["certifications.id", "products.id"],
        withDeleted: true,
      })
      const owners = (data as { certifications?: { id: string }[] }[]).filter((c) =>
        c.certifications?.some((x) => eventIds.includes(x.id)),
      )
      return pluck(owners, ["products", "id"])
    }
    case "translation.translation": {
      const rows = await graph("translation", ["reference", "reference_id"], eventIds)
      const products = rows.filter((r) => r.reference === "product").map((r) => String(r.reference_id))
      const categories = rows.filter((r) => r.reference === "product_category").map((r) => String(r.reference_id))
      const viaCategory = categories.length
        ? pluck(await graph("product_category", ["products.id"], categories), ["products", "id"])
        : []
      return [...products, ...viaCategory]
    }
    case "inventory-level":
    case "inventory.inventory-level":
      return pluck(await graph("inventory_level", ["inventory_item.variants.product_id"], eventIds), [
        "inventory_item",
        "variants",
        "product_id",
      ])
    case "order": {
      // A line whose variant manages inventory reserved stock as the order was placed, and that stock change's event
      // (released with this one, after the order is written) reindexes its product, sales included: only the others.
      const orders = await graph("order", ["items.product_id", "items.variant.manage_inventory"], eventIds)
      type Line = { product_id?: string | null; variant?: { manage_inventory?: boolean | null } | null }
      const lines = orders.flatMap((o) => (o.items as Line[] | null | undefined) ?? [])
      return [...new Set(lines.filter((l) => l.product_id && !l.variant?.manage_inventory).map((l) => l.product_id!))]
    }
    default:
      return []
  }
}
