import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { suspendedProductIds, variantProductIds } from "../../queries/cooperative/suspended-products"

type Handler = (req: MedusaRequest, res: MedusaResponse) => Promise<void>
const guarded = (handler: Handler) => (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  handler(req, res).then(() => next(), next)

const notSold = (field: string, what: string, fix: string) =>
  new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${field}: ${what} from a cooperative the platform has suspended or is reviewing again, so it cannot be bought now; ${fix}`,
  )

/**
 * /store/products and /store/products/:id, after Medusa's own query validation: a suspended (or pending, rejected:
 * suspended-products.ts) cooperative's products
 * are not listed and their page is a 404. Read at every request, so reinstatement shows exactly what was there.
 */
export const hideSuspendedProducts = guarded(async (req) => {
  const hidden = await suspendedProductIds(req.scope)
  if (!hidden.size) return
  if (req.params.id) {
    if (hidden.has(req.params.id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
    }
    return
  }
  const filters = req.filterableFields as Record<string, unknown>
  const asked = filters.id
  if (asked === undefined) {
    filters.id = { $nin: [...hidden] }
  } else if (typeof asked === "string" || Array.isArray(asked)) {
    filters.id = (Array.isArray(asked) ? asked : [asked]).filter((id) => !hidden.has(String(id)))
    // An empty list would mean "no filter"; nothing asked for is visible.
    if (!(filters.id as string[]).length) filters.id = { $in: [] }
  } else {
    filters.$and = [...((filters.$and as unknown[] | undefined) ?? []), { id: { $nin: [...hidden] } }]
  }
})

const variantIdsOf = (body: unknown, key: "variant_id" | "items"): string[] => {
  const b = (body ?? {}) as Record<string, unknown>
  if (key === "variant_id") return typeof b.variant_id === "string" ? [b.variant_id] : []
  if (!Array.isArray(b.items)) return []
  return b.items.flatMap((i) => (typeof (i as { variant_id?: unknown })?.variant_id === "string" ? [i.variant_id] : []))
}

const refuseVariants = (key: "variant_id" | "items") =>
  guarded(async (req) => {
    const variants = variantIdsOf(req.body, key)
    if (!variants.length) return
    const hidden = await suspendedProductIds(req.scope)
    if (!hidden.size) return
    const products = await variantProductIds(req.scope, variants)
    const index = variants.findIndex((v) => hidden.has(products.get(v) ?? ""))
    if (index < 0) return
    throw notSold(
      key === "items" ? `items[${index}].variant_id` : "variant_id",
      "this product is",
      "choose another product",
    )
  })

/** Adding to a cart (POST /store/carts with items, …/line-items): 400 for a suspended cooperative's product. */
export const refuseSuspendedLineItem = refuseVariants("variant_id")
export const refuseSuspendedCartItems = refuseVariants("items")

/** Completing a cart that still holds a suspended cooperative's product: 400 naming it, nothing is ordered. */
export const refuseSuspendedCheckout = guarded(async (req) => {
  const hidden = await suspendedProductIds(req.scope)
  if (!hidden.size) return
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["items.product_id", "items.product_title"],
    filters: { id: req.params.id! },
  })
  const items = ((data[0] as { items?: { product_id: string | null; product_title: string | null }[] })?.items ?? [])
    .filter((i) => i.product_id && hidden.has(i.product_id))
    .map((i) => i.product_title ?? i.product_id)
  if (items.length)
    throw notSold(
      "items",
      `${items.join(", ")} ${items.length > 1 ? "are" : "is"}`,
      "remove it from the cart to check out",
    )
})
