import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { SearchQuery } from "@fengshou/search-contract"
import { searchProducts } from "../../../queries/search/search-products"

/** GET /store/search: the storefront's product search (Medusa's own POST /store/search is left as it is). */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  res.json(await searchProducts(req.scope, req.validatedQuery as SearchQuery, salesChannelIds))
}
