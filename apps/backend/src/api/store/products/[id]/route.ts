import type { MedusaResponse } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import {
  filterOutInternalProductCategories,
  type RequestWithContext,
  wrapProductsWithTaxPrices,
} from "@medusajs/medusa/api/store/products/helpers"
import {
  prepareInventoryQuantityFields,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/index"

type VariantInput = Parameters<typeof wrapVariantsWithInventoryQuantityForSalesChannel>[1][number]

/**
 * GET /store/products/:id: Medusa 2.21's own handler, with one change — its read goes through the Caching Module
 * (`cache: { enable: true }`), as the list's already does, so a product page is served from the cache and cleared by
 * the same module events. Stock (`inventory_quantity`) and tax-inclusive prices are still worked out per request,
 * after the cached read, exactly as Medusa does for the list. Our middlewares (public fields, certifications, the
 * 404 for a suspended cooperative's product) run before it as before.
 */
export const GET = async (
  req: RequestWithContext<HttpTypes.StoreProductParams>,
  res: MedusaResponse<HttpTypes.StoreProductResponse>,
) => {
  const { fields, withInventoryQuantity } = prepareInventoryQuantityFields(req.queryConfig.fields, {
    relation: "variants",
  })
  req.queryConfig.fields = fields
  const filters = { id: req.params.id, ...req.filterableFields }
  const context: Record<string, Record<string, unknown>> = {}
  if (req.pricingContext) {
    context.variants ??= {}
    context.variants.calculated_price ??= QueryContext(req.pricingContext)
  }
  const includesCategoriesField = req.queryConfig.fields.some((field) => field.startsWith("categories"))
  if (!req.queryConfig.fields.includes("categories.is_internal")) req.queryConfig.fields.push("categories.is_internal")

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph(
    { entity: "product", filters, context, fields: req.queryConfig.fields },
    { cache: { enable: true }, locale: req.locale },
  )
  const product = products[0] as HttpTypes.StoreProduct | undefined
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  if (withInventoryQuantity)
    await wrapVariantsWithInventoryQuantityForSalesChannel(req, (product.variants ?? []) as VariantInput[])
  if (includesCategoriesField) filterOutInternalProductCategories([product])
  await wrapProductsWithTaxPrices(req, [product])
  res.json({ product })
}
