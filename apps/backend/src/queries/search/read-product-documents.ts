import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ENGLISH } from "../../lib/english"
import { toProductDocument, type English, type ProductRow } from "../../lib/search/product-document"

/** What the index reads of a product through query.graph; stock as in the cooperative portal. */
export const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
  "categories.id",
  "categories.handle",
  "categories.name",
  "tags.value",
  "sales_channels.id",
  "variants.id",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "cooperative.handle",
  "cooperative.status",
  "cooperative.name_zh",
  "cooperative.name_en",
  "cooperative.division_code",
  "cooperative.region",
  "cooperative.certifications.kind",
  "cooperative.certifications.title_zh",
  "cooperative.certifications.title_en",
  "cooperative.certifications.product_id",
  "cooperative.certifications.lot_id",
]

/** English fields of products and categories, one query per page of rows. */
async function readEnglish(query: Pick<RemoteQueryFunction, "graph">, ids: string[]): Promise<English> {
  if (!ids.length) return new Map()
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "translations"],
    filters: { reference_id: ids, locale_code: ENGLISH },
  })
  const rows = data as { reference_id: string; translations: Record<string, string | null> | null }[]
  return new Map(rows.map((r) => [r.reference_id, r.translations ?? {}]))
}

// Up to this many products (an event's reindex), each product's order lines are counted in the database; above it (a
// seed or reindex page) they are read once for the whole page.
const COUNT_EACH_UP_TO = 20

/**
 * Order lines per product: how many times it was bought (an order line counts once, whatever its quantity). Every
 * order reindexes its products (affected-products.ts), so reading all of a product's lines there grew with its sales
 * (a product sold 10,000 times read 10,000 lines per new order); those reindexes count them instead.
 */
async function readSales(
  query: Pick<RemoteQueryFunction, "graph">,
  productIds: string[],
): Promise<Map<string, number>> {
  if (productIds.length <= COUNT_EACH_UP_TO) {
    const counts = await Promise.all(
      productIds.map(async (id) => {
        const { metadata } = await query.graph({
          entity: "order_line_item",
          fields: ["id"],
          filters: { product_id: id },
          pagination: { skip: 0, take: 1 },
        })
        return [id, metadata?.count ?? 0] as const
      }),
    )
    return new Map(counts.filter(([, count]) => count > 0))
  }
  const sales = new Map<string, number>()
  const { data } = await query.graph({
    entity: "order_line_item",
    fields: ["product_id"],
    filters: { product_id: productIds },
  })
  for (const line of data as { product_id: string | null }[]) {
    if (line.product_id) sales.set(line.product_id, (sales.get(line.product_id) ?? 0) + 1)
  }
  return sales
}

/** A cooperative's products leave the index (graphConsume deletes a row with no document) while it may not sell
 * (suspended, or back in review after a rename) until it is approved again; the cooperative's update event reindexes
 * its products (affected-products.ts). A product with no cooperative is the operator's own and stays. */
const isListed = (row: ProductRow) => {
  const status = (row as { cooperative?: { status?: string } | null }).cooperative?.status
  return !status || status === "approved"
}

/** A page of query.graph rows → index documents. */
export async function toProductDocuments(query: Pick<RemoteQueryFunction, "graph">, all: ProductRow[]) {
  const rows = all.filter(isListed)
  const categoryIds = rows.flatMap((r) => (r.categories ?? []).map((c) => c.id))
  const productIds = rows.map((r) => r.id)
  const [english, sales] = await Promise.all([
    readEnglish(query, [...productIds, ...categoryIds]),
    readSales(query, productIds),
  ])
  return rows.map((row) => toProductDocument(row, english, sales))
}
