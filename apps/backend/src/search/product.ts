import { defineSearchIndex, graphConsume, graphSeed } from "@medusajs/framework/utils"
import { affectedProductIds, PRODUCT_INDEX_EVENTS } from "../queries/search/affected-products"
import type { ProductRow } from "../lib/search/product-document"
import { productSearchFields } from "../lib/search/product-fields"
import { PRODUCT_FIELDS, toProductDocuments } from "../queries/search/read-product-documents"

const source = {
  fields: PRODUCT_FIELDS,
  transform: (rows: ProductRow[], { container }: { container: { query: Parameters<typeof toProductDocuments>[0] } }) =>
    toProductDocuments(container.query, rows),
}

/** The product index behind GET /store/search: filled at start when empty, kept current from events. */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  settings: { typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 } },
  events: PRODUCT_INDEX_EVENTS,
  seed: graphSeed({ ...source, batch_size: 200 }),
  consume: graphConsume({
    ...source,
    resolve_ids: (event, { container }) => affectedProductIds(event, container.query),
    is_delete: (event) => event.name === "product.deleted",
  }),
})
