import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { divisionLabel, type DivisionNames } from "../../../../../lib/divisions/resolve-division"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"

type ProductRow = {
  id: string
  variants?: { id: string; title: string | null }[] | null
  cooperative?: {
    id: string
    handle: string
    name_zh: string
    name_en: string
    status: string
    division_code: string
    region: DivisionNames
  } | null
}

/**
 * Read-only provenance for the product page in Medusa Admin: the owning cooperative and the product's lots.
 * The operator sees counts of contributing households only; identities stay with the cooperative's own routes.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "variants.id",
      "variants.title",
      "cooperative.id",
      "cooperative.handle",
      "cooperative.name_zh",
      "cooperative.name_en",
      "cooperative.status",
      "cooperative.division_code",
      "cooperative.region",
    ],
    filters: { id: req.params.id! },
  })
  const product = data[0] as ProductRow | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)

  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const lots = await service.listLots(
    { product_id: product.id },
    { relations: ["contributions"], order: { harvest_date: "DESC" }, take: null },
  )
  const variantTitle = new Map((product.variants ?? []).map((v) => [v.id, v.title]))
  const coop = product.cooperative

  res.json({
    provenance: {
      product_id: product.id,
      cooperative: coop
        ? {
            id: coop.id,
            handle: coop.handle,
            name_zh: coop.name_zh,
            name_en: coop.name_en,
            status: coop.status,
            division_code: coop.division_code,
            region: coop.region,
            region_label: divisionLabel(coop.region),
          }
        : null,
      // Picked field by field so no contribution (which names a household) can leak into the answer.
      lots: lots.map((lot) => ({
        id: lot.id,
        trace_code: lot.trace_code,
        variant_id: lot.variant_id,
        variant_title: variantTitle.get(lot.variant_id) ?? null,
        harvest_date: lot.harvest_date,
        quantity_g: lot.quantity_g,
        contributing_households: new Set(
          lot.contributions.map((c) => (c as unknown as { household_id: string }).household_id),
        ).size,
      })),
    },
  })
}
