import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { productCooperativeId } from "../../../queries/cooperative/cooperative-products"

export type CertificationSubject = { cooperative_id: string; product_id?: string | null; lot_id?: string | null }

const notFound = (what: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${what} ${id} was not found in your cooperative`)

/**
 * A certificate may only name the caller's own product (linked to it, src/links/product-cooperative.ts) or lot;
 * anyone else's is a 404, as if it did not exist. Reads only, so nothing to compensate.
 */
export const checkCertificationSubjectStep = createStep(
  "check-certification-subject",
  async (input: CertificationSubject[], { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    for (const c of input) {
      if (c.product_id && (await productCooperativeId(container, c.product_id)) !== c.cooperative_id) {
        throw notFound("Product", c.product_id)
      }
      if (c.lot_id) {
        const [lot] = await service.listLots({ id: c.lot_id, cooperative_id: c.cooperative_id }, { select: ["id"] })
        if (!lot) throw notFound("Lot", c.lot_id)
      }
    }
    return new StepResponse(undefined)
  },
)
