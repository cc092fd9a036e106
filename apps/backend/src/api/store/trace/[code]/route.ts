import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { divisionLabel, type DivisionNames } from "../../../../lib/divisions/resolve-division"
import { TRACE_CODE_PATTERN } from "../../../../lib/trace-code"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"
import { lotCertifications } from "../../../../queries/cooperative/product-certifications"

/** The provenance behind a trace code (一物一码): lot, product, cooperative, village, certificates, counts. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = String(req.params.code ?? "")
    .trim()
    .toUpperCase()
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Trace code ${req.params.code} was not found; check the code on the label`,
  )
  if (!TRACE_CODE_PATTERN.test(code)) throw notFound
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [lot] = await service.listLots({ trace_code: code }, { relations: ["cooperative", "contributions"] })
  if (!lot || lot.cooperative.status !== "approved") throw notFound

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "weight", "product.id", "product.handle", "product.title", "product.thumbnail"],
    filters: { id: lot.variant_id },
  })
  const variant = data[0] as
    | {
        title: string | null
        weight: number | null
        product?: { id: string; handle: string; title: string; thumbnail: string | null } | null
      }
    | undefined
  const region = lot.cooperative.region as DivisionNames
  const certifications = await lotCertifications(req.scope, lot)
  res.json({
    trace: {
      trace_code: lot.trace_code,
      harvest_date: lot.harvest_date,
      quantity_g: lot.quantity_g,
      certificate: lot.certificate,
      // The lot's own certificates and its product's, each with `expired` for today (China time).
      certifications,
      product: variant?.product ? { ...variant.product, variant_title: variant.title, weight_g: variant.weight } : null,
      cooperative: {
        handle: lot.cooperative.handle,
        name_zh: lot.cooperative.name_zh,
        name_en: lot.cooperative.name_en,
      },
      village: { division_code: lot.cooperative.division_code, names: region, label: divisionLabel(region) },
      // How many households supplied this lot: a count, never who they are.
      contributing_households: new Set(
        lot.contributions.map((c) => (c as unknown as { household_id: string }).household_id),
      ).size,
    },
  })
}
