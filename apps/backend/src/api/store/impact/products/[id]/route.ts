import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readProductShares } from "../../read-product-shares"

/**
 * Price transparency (the answer to "relief" goods sold at inflated prices): per variant, how many fen of its
 * shelf price reach households under the cooperative's benefit mechanism, computed as the ledger would write it.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const id = String(req.params.id ?? "")
  const shares = await readProductShares(req.scope, id, req.publishable_key_context?.sales_channel_ids ?? [])
  if (!shares) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} was not found`)
  res.json({ product_impact: shares })
}
